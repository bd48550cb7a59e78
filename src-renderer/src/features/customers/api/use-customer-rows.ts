import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react'
import type { CustomerRow } from '../../../../../src-shared/domain/customer-types'
import { call } from '../../../lib/ipc'
import { useDataChanged } from '../hooks/use-data-changed'
import { PagedRows } from '../lib/paged-rows'
import type { CustomerQuery } from '../stores/list'

/** Rows per request: a few screens, small enough to answer within a frame on 100,000 rows. */
export const LIST_PAGE_SIZE = 200

/**
 * The list's rows for one query: a fresh page cache whenever the query changes, pages loaded
 * for the range the grid reports, and every cached page refreshed when customer data changes.
 */
export function useCustomerRows(query: CustomerQuery) {
  const key = JSON.stringify(query)
  const rows = useMemo(
    () => new PagedRows<CustomerRow>((offset, limit) => call('customers.list', { ...(JSON.parse(key) as CustomerQuery), offset, limit }), { pageSize: LIST_PAGE_SIZE }),
    [key],
  )
  const snapshot = useSyncExternalStore(rows.subscribe, rows.getSnapshot)
  useEffect(() => {
    void rows.ensure(0, 0)
  }, [rows])
  useDataChanged(() => void rows.invalidate())
  const ensure = useCallback((start: number, end: number) => void rows.ensure(start, end), [rows])
  return { rows, snapshot, ensure }
}
