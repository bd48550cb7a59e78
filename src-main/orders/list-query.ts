import type Database from 'better-sqlite3'
import type { OrderRow, OrderTotalsSummary } from '../../src-shared/domain/order-types'
import type { OrderFilter, OrderListInput } from '../../src-shared/ipc/channels/orders'
import { prepared } from '../db/sql'
import type { VersionedCache } from '../db/versioned-cache'
import { orderFilterSql } from './list-filter'

const ROW = `o.id, o.number, o.ordered_at AS orderedAt, o.status, o.customer_id AS customerId, c.name AS customerName,
  o.channel, o.payment_method AS paymentMethod, o.total, o.refunded`

const ORDER: Record<OrderListInput['sort']['column'], string> = {
  orderedAt: 'o.ordered_at',
  number: 'o.number',
  total: 'o.total',
}

/**
 * One page of the orders page and how many orders match. The page's ids come first (an index
 * walk for the default newest-first order), then only those rows and their customers are read.
 */
export function listOrders(
  db: Database.Database,
  input: OrderListInput,
  cache: VersionedCache,
): { rows: OrderRow[]; total: number } {
  const { where, params } = orderFilterSql(input.filter)
  const dir = input.sort.dir === 'asc' ? 'ASC' : 'DESC'
  const ids = prepared(
    db,
    `SELECT o.id FROM orders o WHERE ${where} ORDER BY ${ORDER[input.sort.column]} ${dir}, o.id ${dir} LIMIT @limit OFFSET @offset`,
  )
    .pluck()
    .all({ ...params, limit: input.limit, offset: input.offset }) as number[]
  const countSql = `SELECT count(*) FROM orders o WHERE ${where}`
  const total = cache.get(
    db,
    `${countSql}\n${JSON.stringify(params)}`,
    () => prepared(db, countSql).pluck().get(params) as number,
  )
  return { rows: orderRows(db, ids), total }
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

/**
 * Sums over every order the filter matches, in SQL. Sales leave out cancelled orders; refunds
 * are what the refund records gave back, and the whole total of an order imported as refunded
 * (it came without records).
 */
export function orderTotals(db: Database.Database, filter: OrderFilter, cache: VersionedCache): OrderTotalsSummary {
  const { where, params } = orderFilterSql(filter)
  const sql = `SELECT count(*) AS count,
      coalesce(sum(o.status = 'cancelled'), 0) AS cancelled,
      coalesce(sum(CASE WHEN o.status <> 'cancelled' THEN o.total END), 0) AS sales,
      coalesce(sum(CASE WHEN o.status = 'refunded' THEN o.total WHEN o.status <> 'cancelled' THEN o.refunded END), 0) AS refunded
    FROM orders o WHERE ${where}`
  const sums = cache.get(
    db,
    `${sql}\n${JSON.stringify(params)}`,
    () => prepared(db, sql).get(params) as Omit<OrderTotalsSummary, 'net'>,
  )
  return { ...sums, net: sums.sales - sums.refunded }
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
