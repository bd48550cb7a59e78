import type Database from 'better-sqlite3'
import { COUNTED_ORDER, LIVE_CUSTOMER } from './counted-orders'
import { localDay } from './local-date'

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
 * The churn model's inputs in three grouped passes (orders, tickets, surveys). Only what
 * happened before `before` goes into the features, so a customer described "as of the
 * cutoff" cannot leak the answer the label is about.
 */
export function churnFeatures(db: Database.Database, w: FeatureWindow): ChurnFeatureRows {
  const rows = db
    .prepare(
      `SELECT customer_id,
              CAST(julianday(:asOf) - julianday(max(CASE WHEN day < :before THEN day END)) AS INTEGER),
              sum(day < :before),
              sum(CASE WHEN day < :before THEN total ELSE 0 END),
              CAST(julianday(:asOf) - julianday(min(day)) AS INTEGER),
              sum(day >= :before AND day <= :labelUntil)
         FROM (SELECT o.customer_id, ${localDay('o.ordered_at')} AS day, o.total
                 FROM orders o JOIN customers c ON c.id = o.customer_id
                WHERE ${COUNTED_ORDER} AND ${LIVE_CUSTOMER})
        GROUP BY customer_id
       HAVING sum(day < :before) > 0`,
    )
    .raw()
    .all({ asOf: w.asOf, before: w.before, labelUntil: w.labelUntil ?? '' }) as number[][]
  const tickets = perCustomer(
    db,
    `SELECT customer_id, count(*) FROM tickets
      WHERE deleted_at IS NULL AND customer_id IS NOT NULL AND ${localDay('opened_at')} < ? GROUP BY customer_id`,
    w.before,
  )
  // SQLite takes the bare `score` from the row holding max(at): the latest answer.
  const satisfaction = perCustomer(
    db,
    `SELECT customer_id, score, max(at) FROM survey_responses
      WHERE kind = 'csat' AND customer_id IS NOT NULL AND ${localDay('at')} < ? GROUP BY customer_id`,
    w.before,
  )
  return toArrays(rows, tickets, satisfaction, w.labelUntil !== undefined)
}

function perCustomer(db: Database.Database, sql: string, before: string): Map<number, number> {
  const rows = db.prepare(sql).raw().all(before) as [number, number][]
  return new Map(rows.map(([id, value]) => [id, value]))
}

function toArrays(
  rows: number[][],
  tickets: Map<number, number>,
  satisfaction: Map<number, number>,
  labelled: boolean,
): ChurnFeatureRows {
  const n = rows.length
  const out: ChurnFeatureRows = {
    ids: new Int32Array(n),
    recencyDays: new Float64Array(n),
    frequency: new Float64Array(n),
    monetary: new Float64Array(n),
    tenureDays: new Float64Array(n),
    tickets: new Float64Array(n),
    lastSatisfaction: new Float64Array(n),
    churned: new Uint8Array(n),
    orders: 0,
  }
  rows.forEach(([id, recency, frequency, monetary, tenure, inWindow], i) => {
    out.ids[i] = id
    out.recencyDays[i] = recency
    out.frequency[i] = frequency
    out.monetary[i] = monetary
    out.tenureDays[i] = tenure
    out.tickets[i] = tickets.get(id) ?? 0
    out.lastSatisfaction[i] = satisfaction.get(id) ?? Number.NaN
    out.churned[i] = labelled && inWindow === 0 ? 1 : 0
    out.orders += frequency
  })
  return out
}
