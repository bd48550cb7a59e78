import type Database from 'better-sqlite3'
import type { AnalyticsBasis } from '../../../src-shared/domain/analytics'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { GroupsClustersInput } from '../../../src-shared/ipc/channels/groups'
import { sampleIndices, silhouetteScore } from '../../analytics'
import { makeBasis } from '../lib/basis'
import { customerTotals } from '../sql/customer-totals'
import type { AnalysisEnv } from './analysis-env'
import { clusterRows, fitClusters } from './clusters'

/**
 * Choosing k fits every k from 2 to 8: above `fit` buyers those fits use a fixed seeded sample
 * (the chosen k is then fitted on everyone, as `analytics.clusters` fits it), and silhouette,
 * O(n²), is measured on `silhouette` of them — 10,000 and 2,000 keep the whole choice to about
 * one more full fit at 100,000 buyers, and the mean silhouette within about ±0.02.
 */
export const SAMPLE_LIMITS = { fit: 10_000, silhouette: 2_000 }
const SAMPLE_SEED = 20_261_205
const K_RANGE = [2, 8] as const

export interface ClusterTotals {
  size: number
  revenue: number
  recencyDays: number
  orders: number
}

export interface ChosenClusters {
  k: number
  chosenBy: 'silhouette' | 'owner'
  silhouettes: { k: number; score: number }[]
  /** Buyers each k was fitted on while choosing, and of them, those the silhouette was measured on. */
  fitted: number
  sampled: number
  /** Per cluster in the analysis's numbering: members and the sums their centre is made of. */
  clusters: ClusterTotals[]
  basis: AnalyticsBasis
}

/**
 * All buyers as of today clustered as `analytics.clusters` does (same points, same seeded fit,
 * so cluster i here is cluster i of the `cluster` segment rule), with k the owner's or, of the
 * k in 2–8 the data allows, the one whose fit has the highest mean silhouette (ties: the
 * smaller k).
 */
export function computeChosenClusters(
  db: Database.Database,
  input: GroupsClustersInput,
  env: AnalysisEnv,
  limits: typeof SAMPLE_LIMITS = SAMPLE_LIMITS,
): ChosenClusters {
  const totals = customerTotals(db, env.today)
  const n = totals.ids.length
  const needed = input.k ?? K_RANGE[0] + 1
  if (n < needed) throw new AppError('analytics_too_few_customers', { needed, found: n })
  const rows = clusterRows(totals)
  const ks = input.k ? [input.k] : range(K_RANGE[0], Math.min(K_RANGE[1], n - 1))
  const steps = ks.length + 3
  env.progress(1, steps, 'load')
  // The owner's k is fitted once, on everyone; choosing fits each k on the fit sample.
  const fitSample = input.k ? range(0, n - 1) : sampleIndices(n, limits.fit, SAMPLE_SEED)
  const fitRows = fitSample.map((i) => rows[i])
  const scored = sampleIndices(fitRows.length, limits.silhouette, SAMPLE_SEED + 1)
  const scoredRows = scored.map((i) => fitRows[i])
  let best: { k: number; score: number; labels: number[] } | undefined
  const silhouettes = ks.map((k, step) => {
    const { labels } = fitClusters(fitRows, k)
    const scoredLabels = scored.map((i) => labels[i])
    const score = new Set(scoredLabels).size > 1 ? silhouetteScore(scoredRows, scoredLabels) : -1
    if (!best || score > best.score) best = { k, score, labels }
    env.progress(step + 2, steps, `k=${k}`)
    return { k, score }
  })
  const chosen = best as NonNullable<typeof best>
  const labels = fitSample.length === n ? chosen.labels : fitClusters(rows, chosen.k).labels
  env.progress(steps - 1, steps, 'fit')
  const clusters = Array.from({ length: chosen.k }, () => ({ size: 0, revenue: 0, recencyDays: 0, orders: 0 }))
  labels.forEach((label, i) => {
    const c = clusters[label]
    c.size++
    c.revenue += totals.monetary[i]
    c.recencyDays += totals.recencyDays[i]
    c.orders += totals.frequency[i]
  })
  env.progress(steps, steps, 'done')
  return {
    k: chosen.k,
    chosenBy: input.k ? 'owner' : 'silhouette',
    silhouettes,
    fitted: fitSample.length,
    sampled: scored.length,
    clusters,
    basis: makeBasis('customers', n, totals.firstDay, totals.lastDay),
  }
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i)
