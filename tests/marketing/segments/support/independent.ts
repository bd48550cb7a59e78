import type Database from 'better-sqlite3'
import { dayDiff, localDay } from '../../../insights/support/days'

/**
 * The segment rules written a second time, plainly and independently of the compiler: per
 * customer correlated subqueries with the counted statuses spelled out, and day arithmetic in
 * JavaScript on local calendar days.
 */
const COUNTED = `o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed')`

export interface Figures {
  id: number
  orders: number
  spend: number
  firstAt: string | null
  lastAt: string | null
}

/** Every live customer with their counted orders. */
export function liveFigures(db: Database.Database): Figures[] {
  return db
    .prepare(
      `SELECT id,
        (SELECT count(*) FROM orders o WHERE o.customer_id = customers.id AND ${COUNTED}) AS orders,
        (SELECT coalesce(sum(total), 0) FROM orders o WHERE o.customer_id = customers.id AND ${COUNTED}) AS spend,
        (SELECT min(ordered_at) FROM orders o WHERE o.customer_id = customers.id AND ${COUNTED}) AS firstAt,
        (SELECT max(ordered_at) FROM orders o WHERE o.customer_id = customers.id AND ${COUNTED}) AS lastAt
       FROM customers WHERE deleted_at IS NULL ORDER BY id`,
    )
    .all() as Figures[]
}

/** Whole local days from a stored instant's local day to today. */
export const daysSince = (iso: string, today = localDay(new Date())): number => dayDiff(localDay(new Date(iso)), today)

/** Live customer ids matching plain SQL over `customers`, ascending. */
export function liveIds(db: Database.Database, where: string, params: unknown[] = []): number[] {
  return db
    .prepare(`SELECT id FROM customers WHERE deleted_at IS NULL AND (${where}) ORDER BY id`)
    .pluck()
    .all(...params) as number[]
}

/** Customers with a counted order holding a line of one of the products, optionally from/before instants. */
export function buyersOf(db: Database.Database, productIds: number[], from = '', before = '\uffff'): Set<number> {
  const rows = db
    .prepare(
      `SELECT DISTINCT o.customer_id FROM orders o WHERE ${COUNTED} AND o.ordered_at >= ? AND o.ordered_at < ?
         AND EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id AND l.product_id IN (SELECT value FROM json_each(?)))`,
    )
    .pluck()
    .all(from, before, JSON.stringify(productIds)) as number[]
  return new Set(rows)
}

/** Local midnight starting a local day, as stored UTC text (built with the Date constructor). */
export function midnight(day: string): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y, m - 1, d).toISOString()
}
