import type Database from 'better-sqlite3'
import { dayStartUtc, daysBetween, localDayMemo, shiftDays } from '../lib/dates'
import { float64Column, int32Column, uint8Column } from '../lib/typed-column'
import { COUNTED_ORDER, LIVE_CUSTOMER } from './counted-orders'

/** Features per live customer who bought before `before`, as parallel typed arrays. */
export interface ChurnFeatureRows {
  ids: Int32Array
  recencyDays: Float64Array
  frequency: Float64Array
  /** Minor units. */
  monetary: Float64Array
  tenureDays: Float64Array
  tickets: Float64Array
  /** Latest CSAT score (1–5) before `before`; NaN when the customer never answered one. */
  lastSatisfaction: Float64Array
  /** 1 when the customer made no counted purchase in [before, labelUntil]; all 0 without a label window. */
  churned: Uint8Array
  orders: number
}

export interface FeatureWindow {
  /** Features use data on local days strictly before this one. */
  before: string
  /** Recency and tenure are measured to this day (the cutoff itself, or today). */
  asOf: string
  /** Label window end (inclusive); omit when scoring. */
  labelUntil?: string
}

/**
 * The churn model's inputs in three grouped passes (orders, tickets, surveys), the orders read
 * row by row into typed columns. Only what happened before `before` goes into the features,
 * so a customer described "as of the cutoff" cannot leak the answer the label is about.
 */
export function churnFeatures(db: Database.Database, w: FeatureWindow): ChurnFeatureRows {
  const before = dayStartUtc(w.before)
  const tickets = perCustomer(
    db,
    `SELECT customer_id, count(*) FROM tickets
      WHERE deleted_at IS NULL AND customer_id IS NOT NULL AND opened_at < ? GROUP BY customer_id`,
    before,
  )
  // SQLite takes the bare `score` from the row holding max(at): the latest answer.
  const satisfaction = perCustomer(
    db,
    `SELECT customer_id, score, max(at) FROM survey_responses
      WHERE kind = 'csat' AND customer_id IS NOT NULL AND at < ? GROUP BY customer_id`,
    before,
  )
  // Compared as stored UTC instants (no per-row time-zone work); `first` is the earliest order
  // before the cutoff, since HAVING keeps only customers with one there. Iterated last: the
  // connection runs nothing else while a statement is being iterated.
  const rows = db
    .prepare(
      `SELECT o.customer_id,
              max(CASE WHEN o.ordered_at < :before THEN o.ordered_at END),
              min(o.ordered_at),
              sum(o.ordered_at < :before),
              sum(CASE WHEN o.ordered_at < :before THEN o.total ELSE 0 END),
              sum(o.ordered_at >= :before AND o.ordered_at < :labelEnd)
         FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE ${COUNTED_ORDER} AND ${LIVE_CUSTOMER}
        GROUP BY o.customer_id
       HAVING sum(o.ordered_at < :before) > 0`,
    )
    .raw()
    .iterate({ before, labelEnd: w.labelUntil ? dayStartUtc(shiftDays(w.labelUntil, 1)) : '' }) as IterableIterator<OrderRow>
  return toColumns(rows, tickets, satisfaction, w)
}

type OrderRow = [id: number, last: string, first: string, frequency: number, monetary: number, inWindow: number]

function perCustomer(db: Database.Database, sql: string, before: string): Map<number, number> {
  const rows = db.prepare(sql).raw().all(before) as [number, number][]
  return new Map(rows.map(([id, value]) => [id, value]))
}

function toColumns(
  rows: IterableIterator<OrderRow>,
  tickets: Map<number, number>,
  satisfaction: Map<number, number>,
  w: FeatureWindow,
): ChurnFeatureRows {
  const localDay = localDayMemo()
  const ids = int32Column()
  const [recencyDays, frequencies, monetaries, tenureDays, ticketCounts, lastSatisfaction] = Array.from(
    { length: 6 },
    float64Column,
  )
  const churned = uint8Column()
  let orders = 0
  for (const [id, last, first, frequency, monetary, inWindow] of rows) {
    ids.push(id)
    recencyDays.push(daysBetween(localDay(last), w.asOf))
    frequencies.push(frequency)
    monetaries.push(monetary)
    tenureDays.push(daysBetween(localDay(first), w.asOf))
    ticketCounts.push(tickets.get(id) ?? 0)
    lastSatisfaction.push(satisfaction.get(id) ?? Number.NaN)
    churned.push(w.labelUntil !== undefined && inWindow === 0 ? 1 : 0)
    orders += frequency
  }
  return {
    ids: ids.done(),
    recencyDays: recencyDays.done(),
    frequency: frequencies.done(),
    monetary: monetaries.done(),
    tenureDays: tenureDays.done(),
    tickets: ticketCounts.done(),
    lastSatisfaction: lastSatisfaction.done(),
    churned: churned.done(),
    orders,
  }
}
