import type Database from 'better-sqlite3'
import type { ClustersResult } from '../../../src-shared/domain/analytics'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { ClustersInput } from '../../../src-shared/ipc/channels/analytics'
import { kmeans, type KMeansResult } from '../../analytics'
import { makeBasis } from '../lib/basis'
import { fitScaler, toRows } from '../lib/standardize'
import { customerTotals, type CustomerTotals } from '../sql/customer-totals'
import type { AnalysisEnv } from './analysis-env'

/** Fixed, so the same data always gives the same clusters (and the cache stays truthful). */
const SEED = 20_251_125
const N_INIT = 4

/**
 * Each customer as the point k-means sees: standardised recency, log(1 + orders) and
 * log(1 + spend) — without the logs a few big spenders would each get a cluster of their own.
 */
export function clusterRows(totals: CustomerTotals): number[][] {
  const features = [totals.recencyDays, totals.frequency.map(Math.log1p), totals.monetary.map((v) => Math.log1p(Math.max(0, v)))]
  return toRows(features, fitScaler(features))
}

/** The seeded fit every clusters view shares, so one k numbers its clusters the same everywhere. */
export const fitClusters = (rows: number[][], k: number): KMeansResult => kmeans(rows, k, { seed: SEED, nInit: N_INIT })

/**
 * k-means over live customers with purchases, on `clusterRows`.
 * Centroids are reported as the plain means of each cluster's members in original units.
 */
export function computeClusters(
  db: Database.Database,
  input: ClustersInput,
  env: AnalysisEnv,
  /** Told each customer's cluster (the drill-down's members: `drill/members.ts`). */
  onMember?: (customerId: number, cluster: number) => void,
): ClustersResult {
  // A period's buyers, their recency as of its last day; without one, every buyer as of today.
  const totals = customerTotals(db, input.to ?? env.today, input.from)
  env.progress(1, 3, 'load')
  const n = totals.ids.length
  if (n < input.k) throw new AppError('analytics_too_few_customers', { needed: input.k, found: n })
  const fit = fitClusters(clusterRows(totals), input.k)
  env.progress(2, 3, 'fit')
  const sums = Array.from({ length: input.k }, () => ({ size: 0, recencyDays: 0, frequency: 0, monetary: 0 }))
  fit.labels.forEach((label, i) => {
    const s = sums[label]
    s.size++
    onMember?.(totals.ids[i], label)
    s.recencyDays += totals.recencyDays[i]
    s.frequency += totals.frequency[i]
    s.monetary += totals.monetary[i]
  })
  env.progress(3, 3, 'done')
  return {
    clusters: sums.map((s) => ({
      centroid: {
        recencyDays: s.size ? s.recencyDays / s.size : 0,
        frequency: s.size ? s.frequency / s.size : 0,
        monetary: s.size ? Math.round(s.monetary / s.size) : 0,
      },
      size: s.size,
    })),
    inertia: fit.inertia,
    k: input.k,
    basis: makeBasis('customers', n, totals.firstDay, totals.lastDay),
  }
}
