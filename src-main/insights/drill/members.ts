import type Database from 'better-sqlite3'
import type { RfmSegment } from '../../../src-shared/domain/analytics'
import type { ClustersInput } from '../../../src-shared/ipc/channels/analytics'
import type { AnalysisEnv } from '../compute/analysis-env'
import { computeClusters } from '../compute/clusters'
import { computeRfm } from '../compute/rfm-segments'

/**
 * The customers of one RFM segment or one k-means cluster: the insight itself is run and its
 * members collected as it tallies them, so a drilled list and the bar it came from are one
 * computation (same totals, same scores, same seeded fit), never a second definition.
 */
export function rfmMembers(db: Database.Database, input: { asOf: string; segment: RfmSegment }, env: AnalysisEnv): number[] {
  const ids: number[] = []
  computeRfm(db, { asOf: input.asOf }, env, (id, segment) => {
    if (segment === input.segment) ids.push(id)
  })
  return ids
}

export function clusterMembers(
  db: Database.Database,
  input: { clusters: ClustersInput; cluster: number },
  env: AnalysisEnv,
): number[] {
  const ids: number[] = []
  computeClusters(db, input.clusters, env, (id, cluster) => {
    if (cluster === input.cluster) ids.push(id)
  })
  return ids
}
