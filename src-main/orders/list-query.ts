import type Database from 'better-sqlite3'
import type { OrderRow, OrderTotalsSummary } from '../../src-shared/domain/order-types'
import type { OrderFilter, OrderListInput } from '../../src-shared/ipc/channels/orders'
import { prepared } from '../db/sql'
import type { VersionedCache } from '../db/versioned-cache'
import { orderFilterSql } from './list-filter'
import { computeOrderTotals } from './totals-query'

const ROW = `o.id, o.number, o.ordered_at AS orderedAt, o.status, o.customer_id AS customerId, c.name AS customerName,
  o.channel, o.payment_method AS paymentMethod, o.total, o.refunded`

const ORDER: Record<OrderListInput['sort']['column'], string> = {
  orderedAt: 'o.ordered_at',
  total: 'o.total',
}

/**
 * One page of the orders page and how many orders match. The page's ids come first: a walk of
 * the time or amount index (`orders_page_*`, migration 0004), which holds the filtered columns,
 * so the walk reads no order it passes over; then only those rows and their customers. The
 * count is the figures' (`orderTotals`), which does not read every matching order either.
 */
export function listOrders(
  db: Database.Database,
  input: OrderListInput,
  cache: VersionedCache,
): { rows: OrderRow[]; total: number } {
  // The count comes with the page's figures (per-month and per-day sums, not a count over every
  // order), which the page asks for next: one computation, cached, answers both.
  const total = orderTotals(db, input.filter, cache).count
  const { where, params } = orderFilterSql(input.filter, { timeIndex: !amountWalkIsCheaper(db, input, total, cache), db })
  const dir = input.sort.dir === 'asc' ? 'ASC' : 'DESC'
  const ids = prepared(
    db,
    `SELECT o.id FROM orders o WHERE ${where} ORDER BY ${ORDER[input.sort.column]} ${dir}, o.id ${dir} LIMIT @limit OFFSET @offset`,
  )
    .pluck()
    .all({ ...params, limit: input.limit, offset: input.offset }) as number[]
  return { rows: orderRows(db, ids), total }
}

/** Reading a stretch of the time index and sorting it costs this many times a step of a walk. */
const SORT_COST = 4

/**
 * A page by amount within dates comes from one of two walks: the dates' stretch of the time
 * index, then sorted (cost ~ the orders in those dates), or the amount index in order, passing
 * over the orders outside the filter (cost ~ the rows up to the page's end × all orders ÷ the
 * matching ones). SQLite cannot tell which without statistics; the counts are the figures'
 * (from the month and day sums, cached), so choosing costs next to nothing.
 */
function amountWalkIsCheaper(db: Database.Database, input: OrderListInput, matching: number, cache: VersionedCache): boolean {
  const { from, to, customerId, number } = input.filter
  if (input.sort.column !== 'total' || (from === undefined && to === undefined)) return false
  if (customerId !== undefined || number) return false
  const all = orderTotals(db, {}, cache).count
  const inDates = orderTotals(db, { ...(from && { from }), ...(to && { to }) }, cache).count
  return (input.offset + input.limit) * all < SORT_COST * inDates * matching
}

/** Order rows for `ids`, in that order. */
export function orderRows(db: Database.Database, ids: readonly number[]): OrderRow[] {
  if (ids.length === 0) return []
  const rows = prepared(
    db,
    `SELECT ${ROW} FROM orders o LEFT JOIN customers c ON c.id = o.customer_id WHERE o.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as OrderRow[]
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** The figures of everything a filter matches, reused while nothing changed. */
export function orderTotals(db: Database.Database, filter: OrderFilter, cache: VersionedCache): OrderTotalsSummary {
  return cache.get(db, `totals:${JSON.stringify(filter)}`, () => computeOrderTotals(db, filter))
}

/** Channels and payment methods in use, most orders first. */
export function orderFacets(db: Database.Database, cache: VersionedCache): { channels: string[]; paymentMethods: string[] } {
  const used = (column: 'channel' | 'payment_method'): string[] =>
    cache.get(
      db,
      `facets:${column}`,
      () =>
        prepared(
          db,
          `SELECT ${column} FROM orders WHERE deleted_at IS NULL AND ${column} IS NOT NULL AND ${column} <> ''
         GROUP BY ${column} ORDER BY count(*) DESC, ${column} LIMIT 100`,
        )
          .pluck()
          .all() as string[],
    )
  return { channels: used('channel'), paymentMethods: used('payment_method') }
}

/** Orders whose number starts with `query`, newest first. */
export function searchOrders(db: Database.Database, query: string, limit: number): OrderRow[] {
  const { where, params } = orderFilterSql({ number: query })
  const ids = prepared(db, `SELECT o.id FROM orders o WHERE ${where} ORDER BY o.ordered_at DESC, o.id DESC LIMIT @limit`)
    .pluck()
    .all({ ...params, limit }) as number[]
  return orderRows(db, ids)
}
