import type Database from 'better-sqlite3'
import { RFM_SEGMENTS, type RfmSegment } from '../../../src-shared/domain/analytics'
import { CHURN_BAND_FROM, CHURN_BANDS, type ChurnBand } from '../../../src-shared/domain/segment'
import type { AnalysisEnv } from '../compute/analysis-env'
import { computeChurn } from '../compute/churn'
import { computeClusters } from '../compute/clusters'
import { computeRfm } from '../compute/rfm-segments'

/**
 * Every customer's label in an analysis, grouped: the ids of each RFM segment, churn band or
 * cluster, ascending. Saved segments filter on these; each is the analysis itself run with its
 * member callback (as `members.ts` does), so a segment and the dashboard's bar never disagree.
 */
export type Labels<K extends string | number> = { asOf: string; ids: Record<K, number[]> }

export function rfmLabels(db: Database.Database, _input: Record<string, never>, env: AnalysisEnv): Labels<RfmSegment> {
  const ids = Object.fromEntries(RFM_SEGMENTS.map((key) => [key, [] as number[]])) as Record<RfmSegment, number[]>
  computeRfm(db, {}, env, (id, segment) => ids[segment].push(id))
  return sorted(env.today, ids)
}

export const churnBandOf = (probability: number): ChurnBand =>
  probability >= CHURN_BAND_FROM.high ? 'high' : probability >= CHURN_BAND_FROM.medium ? 'medium' : 'low'

export function churnLabels(db: Database.Database, input: { windowDays: number }, env: AnalysisEnv): Labels<ChurnBand> {
  const ids = Object.fromEntries(CHURN_BANDS.map((key) => [key, [] as number[]])) as Record<ChurnBand, number[]>
  computeChurn(db, { windowDays: input.windowDays, limit: 1 }, env, (id, p) => ids[churnBandOf(p)].push(id))
  return sorted(env.today, ids)
}

export function clusterLabels(db: Database.Database, input: { k: number }, env: AnalysisEnv): Labels<number> {
  const ids: Record<number, number[]> = Object.fromEntries(Array.from({ length: input.k }, (_, i) => [i, [] as number[]]))
  computeClusters(db, { k: input.k }, env, (id, cluster) => ids[cluster].push(id))
  return sorted(env.today, ids)
}

function sorted<K extends string | number>(asOf: string, ids: Record<K, number[]>): Labels<K> {
  for (const list of Object.values<number[]>(ids)) list.sort((a, b) => a - b)
  return { asOf, ids }
}
