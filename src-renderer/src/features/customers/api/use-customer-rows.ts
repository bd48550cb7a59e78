import type { CustomerRow } from '../../../../../src-shared/domain/customer-types'
import { call } from '../../../lib/ipc'
import type { RowWindow } from '../../../lib/paged-rows'
import { usePagedRows } from '../../../lib/use-paged-rows'
import type { CustomerQuery } from '../stores/list'
import { CUSTOMER_ENTITIES } from './entities'

/** Rows per request: a few screens, small enough to answer within a frame on 100,000 rows. */
export const LIST_PAGE_SIZE = 200

type Window = Promise<RowWindow<CustomerRow>>

/**
 * The start page's first rows, asked for before React has rendered the list
 * (`prefetchFirstPage`); `answered` once they have come.
 */
interface FirstPage {
  key: string
  rows: Window
  answered?: RowWindow<CustomerRow>
}
let firstPage: FirstPage | null = null

/**
 * Asks for the first page of `query` now, so the server works on it while React renders the
 * shell (issue 9: the first rows in < 500 ms); the list's first request takes this answer once.
 */
export function prefetchFirstPage(query: CustomerQuery): void {
  const rows = call('customers.list', { ...query, offset: 0, limit: LIST_PAGE_SIZE })
  const asked: FirstPage = { key: JSON.stringify(query), rows }
  firstPage = asked
  // A failure is the list's to show when it asks itself; unclaimed, it must not go unhandled.
  rows.then((window) => void (asked.answered = window)).catch(() => undefined)
}

/** Rows of `query` answered with the list's layout (`views.load` with `firstPage`): the list's first render shows them. */
export function seedFirstPage(query: CustomerQuery, window: RowWindow<CustomerRow>): void {
  firstPage = { key: JSON.stringify(query), rows: Promise.resolve(window), answered: window }
}

/** The prefetched first page of `query` if it has come already, once: the list's first render shows it. */
function takeAnsweredFirstPage(query: CustomerQuery): RowWindow<CustomerRow> | undefined {
  if (!firstPage?.answered || firstPage.key !== JSON.stringify(query)) return undefined
  const { answered } = firstPage
  firstPage = null
  return answered
}

function fetchCustomers(query: CustomerQuery, offset: number, limit: number): Window {
  const prefetched = firstPage
  firstPage = null
  const ask = (): Window => call('customers.list', { ...query, offset, limit })
  if (prefetched && offset === 0 && limit === LIST_PAGE_SIZE && prefetched.key === JSON.stringify(query)) {
    // Asked at start, it may have been refused (the app opened locked): then the list asks afresh.
    return prefetched.rows.catch(ask)
  }
  return ask()
}

/** The list's rows for one query, loaded page by page for the range the grid shows. */
export const useCustomerRows = (query: CustomerQuery) =>
  usePagedRows(query, fetchCustomers, {
    entities: CUSTOMER_ENTITIES,
    pageSize: LIST_PAGE_SIZE,
    takeFirstPage: takeAnsweredFirstPage,
  })
