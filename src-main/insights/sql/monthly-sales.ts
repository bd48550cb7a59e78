import type Database from 'better-sqlite3'
import { COUNTED_ORDER } from './counted-orders'
import { localDay, localMonth } from './local-date'

export interface MonthTotal {
  month: string
  /** Minor units. */
  revenue: number
  orders: number
}

export interface MonthlySales {
  /** Only months that had counted orders; the caller fills the gaps with zeros. */
  totals: MonthTotal[]
  firstDay: string | null
  lastDay: string | null
}

/** Revenue per local month before `beforeMonth` (`YYYY-MM`, exclusive), one grouped pass. */
export function monthlySales(db: Database.Database, beforeMonth: string): MonthlySales {
  const rows = db
    .prepare(
      `SELECT ${localMonth('o.ordered_at')} AS month, sum(o.total) AS revenue, count(*) AS orders,
              min(${localDay('o.ordered_at')}) AS firstDay, max(${localDay('o.ordered_at')}) AS lastDay
         FROM orders o
        WHERE ${COUNTED_ORDER} AND ${localMonth('o.ordered_at')} < ?
        GROUP BY month ORDER BY month`,
    )
    .all(beforeMonth) as (MonthTotal & { firstDay: string; lastDay: string })[]
  return {
    totals: rows.map(({ month, revenue, orders }) => ({ month, revenue, orders })),
    firstDay: rows[0]?.firstDay ?? null,
    lastDay: rows.at(-1)?.lastDay ?? null,
  }
}
