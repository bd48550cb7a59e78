import type Database from 'better-sqlite3'
import { RFM_SEGMENTS, type RfmResult, type RfmSegment } from '../../../src-shared/domain/analytics'
import type { RfmInput } from '../../../src-shared/ipc/channels/analytics'
import { rfmScores } from '../../analytics'
import { makeBasis } from '../lib/basis'
import { idTextOrder } from '../lib/id-text-order'
import { customerTotals } from '../sql/customer-totals'
import type { AnalysisEnv } from './analysis-env'
import { rfmSegment } from './rfm-segment-rule'

interface Tally {
  customers: number
  recency: number
  frequency: number
  monetary: number
}

/**
 * Customers per RFM segment as of `asOf` (default today), from the engine's quintile scores of
 * each customer's totals (one grouped SQL pass: recency, distinct orders, spend — what the
 * engine's `rfm()` works out from order rows, without holding one object per order).
 */
export function computeRfm(
  db: Database.Database,
  input: RfmInput,
  env: AnalysisEnv,
  /** Told each customer's segment as it is tallied (the drill-down's members: `drill/members.ts`). */
  onMember?: (customerId: number, segment: RfmSegment) => void,
): RfmResult {
  const asOf = input.asOf ?? env.today
  const totals = customerTotals(db, asOf)
  env.progress(1, 3, 'load')
  const order = idTextOrder(totals.ids)
  const column = (values: Float64Array): Float64Array => Float64Array.from(order, (i) => values[i])
  const [recencyDays, frequency, monetary] = [column(totals.recencyDays), column(totals.frequency), column(totals.monetary)]
  const { r, f, m } = rfmScores({ recencyDays, frequency, monetary })
  env.progress(2, 3, 'score')
  const tallies = new Map<RfmSegment, Tally>(
    RFM_SEGMENTS.map((key) => [key, { customers: 0, recency: 0, frequency: 0, monetary: 0 }]),
  )
  for (let i = 0; i < order.length; i++) {
    const segment = rfmSegment({ r: r[i], f: f[i], m: m[i], frequency: frequency[i] })
    onMember?.(totals.ids[order[i]], segment)
    const tally = tallies.get(segment) as Tally
    tally.customers++
    tally.recency += recencyDays[i]
    tally.frequency += frequency[i]
    tally.monetary += monetary[i]
  }
  env.progress(3, 3, 'done')
  const customers = order.length
  return {
    asOf,
    segments: RFM_SEGMENTS.map((key) => {
      const t = tallies.get(key) as Tally
      return {
        key,
        nameKey: `analytics.rfm.segments.${key}.name`,
        explanationKey: `analytics.rfm.segments.${key}.explanation`,
        customers: t.customers,
        share: customers > 0 ? t.customers / customers : 0,
        avgRecencyDays: t.customers > 0 ? t.recency / t.customers : null,
        avgFrequency: t.customers > 0 ? t.frequency / t.customers : null,
        monetary: t.monetary,
      }
    }),
    basis: makeBasis('orders', totals.orders, totals.firstDay, totals.lastDay),
  }
}
