import type Database from 'better-sqlite3'
import { dayStartUtc, localDayMemo, monthOf } from '../lib/dates'
import { COUNTED_ORDER } from './counted-orders'

export interface MonthTotal {
  month: string
  /** Minor units. */
  revenue: number
  orders: number
}

export interface MonthlySales {
  /** Only months that had counted orders, in order; the caller fills the gaps with zeros. */
  totals: MonthTotal[]
  firstDay: string | null
  lastDay: string | null
}

/**
 * Revenue per local month before `beforeMonth` (`YYYY-MM`, exclusive). SQL sums per UTC hour
 * (a cheap text prefix) and the hours are placed in local months here (see `localDayMemo`).
 */
export function monthlySales(db: Database.Database, beforeMonth: string): MonthlySales {
  const hours = db
    .prepare(
      `SELECT substr(o.ordered_at, 1, 13), sum(o.total), count(*), min(o.ordered_at), max(o.ordered_at)
         FROM orders o
        WHERE ${COUNTED_ORDER} AND o.ordered_at < ?
        GROUP BY 1 ORDER BY 1`,
    )
    .raw()
    .all(dayStartUtc(`${beforeMonth}-01`)) as [string, number, number, string, string][]
  const localDay = localDayMemo()
  const totals = new Map<string, MonthTotal>()
  for (const [hour, revenue, orders] of hours) {
    const month = monthOf(localDay(hour))
    const total = totals.get(month) ?? { month, revenue: 0, orders: 0 }
    total.revenue += revenue
    total.orders += orders
    totals.set(month, total)
  }
  return {
    totals: [...totals.values()],
    firstDay: hours.length ? localDay(hours[0][3]) : null,
    lastDay: hours.length ? localDay(hours[hours.length - 1][4]) : null,
  }
}
