import type { ShopCalendar } from '../calendar/shop-calendar'
import type { Rng } from '../random/seed-rng'
import { weightedPicker } from '../random/weighted-table'

/**
 * How a customer buys over time, so churn, RFM and cohort charts have something to find:
 * prospects never buy, one-off buyers buy once, occasional and loyal customers keep buying
 * until today (loyal ones six times as often), churned customers stop half a year or more
 * before the end of the history.
 */
export const Lifecycle = { prospect: 0, oneOff: 1, occasional: 2, loyal: 3, churned: 4 } as const
export type Lifecycle = (typeof Lifecycle)[keyof typeof Lifecycle]

/** Relative order rate of each lifecycle, indexed by `Lifecycle`. */
export const ORDER_RATE: readonly number[] = [0, 0, 1, 6, 2]

/** Customers as parallel arrays (by generation index): cheap at a million rows. */
export interface CustomerPlan {
  count: number
  ids: Int32Array
  lifecycle: Uint8Array
  /** Day index the customer arrived (and, if a buyer, first bought). */
  firstDay: Int32Array
  /** When the customer row was created (UTC ms): nothing of theirs happens before it. */
  createdMs: Float64Array
  /** Day index after the customer's last possible purchase (exclusive). */
  endDay: Int32Array
}

const pickLifecycle = weightedPicker<Lifecycle>([
  [Lifecycle.prospect, 12],
  [Lifecycle.oneOff, 30],
  [Lifecycle.occasional, 33],
  [Lifecycle.loyal, 12],
  [Lifecycle.churned, 13],
])

/** Churned customers went quiet at least this many days before the end of the history. */
export const CHURN_QUIET_DAYS = 180

export function planCustomer(rng: Rng, calendar: ShopCalendar): { lifecycle: Lifecycle; firstDay: number; endDay: number } {
  const firstDay = calendar.arrivals.index(rng.next())
  let lifecycle = pickLifecycle(rng)
  const lastChurnEnd = calendar.days - CHURN_QUIET_DAYS
  // Someone who arrived recently cannot have churned yet.
  if (lifecycle === Lifecycle.churned && firstDay > lastChurnEnd - 60) lifecycle = Lifecycle.occasional
  if (lifecycle === Lifecycle.prospect || lifecycle === Lifecycle.oneOff) return { lifecycle, firstDay, endDay: firstDay + 1 }
  if (lifecycle !== Lifecycle.churned) return { lifecycle, firstDay, endDay: calendar.days }
  const activeDays = Math.round(30 + rng.logNormal(180, 0.6))
  return { lifecycle, firstDay, endDay: Math.max(firstDay + 30, Math.min(lastChurnEnd, firstDay + activeDays)) }
}
