import type Database from 'better-sqlite3'
import { RFM_SEGMENTS, type RfmResult, type RfmSegment } from '../../../src-shared/domain/analytics'
import type { RfmInput } from '../../../src-shared/ipc/channels/analytics'
import { rfm } from '../../analytics'
import { makeBasis } from '../lib/basis'
import { rfmOrders } from '../sql/rfm-orders'
import type { AnalysisEnv } from './analysis-env'
import { rfmSegment } from './rfm-segment-rule'

interface Tally {
  customers: number
  recency: number
  frequency: number
  monetary: number
}

/** Customers per RFM segment as of `asOf` (default today), from the engine's quintile scores. */
export function computeRfm(db: Database.Database, input: RfmInput, env: AnalysisEnv): RfmResult {
  const asOf = input.asOf ?? env.today
  const orders = rfmOrders(db, asOf)
  env.progress(1, 3, 'load')
  const rows = orders.length > 0 ? rfm(orders, { asOf }) : []
  env.progress(2, 3, 'score')
  const tallies = new Map<RfmSegment, Tally>(
    RFM_SEGMENTS.map((key) => [key, { customers: 0, recency: 0, frequency: 0, monetary: 0 }]),
  )
  for (const row of rows) {
    const tally = tallies.get(rfmSegment(row)) as Tally
    tally.customers++
    tally.recency += row.recencyDays
    tally.frequency += row.frequency
    tally.monetary += row.monetary
  }
  env.progress(3, 3, 'done')
  let first: string | null = null
  let last: string | null = null
  for (const { at } of orders) {
    if (first === null || at < first) first = at
    if (last === null || at > last) last = at
  }
  return {
    asOf,
    segments: RFM_SEGMENTS.map((key) => {
      const t = tallies.get(key) as Tally
      return {
        key,
        nameKey: `analytics.rfm.segments.${key}.name`,
        explanationKey: `analytics.rfm.segments.${key}.explanation`,
        customers: t.customers,
        share: rows.length > 0 ? t.customers / rows.length : 0,
        avgRecencyDays: t.customers > 0 ? t.recency / t.customers : null,
        avgFrequency: t.customers > 0 ? t.frequency / t.customers : null,
        monetary: t.monetary,
      }
    }),
    basis: makeBasis('orders', orders.length, first, last),
  }
}
