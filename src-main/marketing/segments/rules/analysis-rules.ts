import type { RuleOf } from '../../../../src-shared/domain/segment'
import { idIn, type CompileEnv } from '../compile-env'

/**
 * Rules on an analysis's label of each customer (RFM segment, churn band, cluster), read from
 * the analyses loaded for the definition (`analyses.ts`): the ids become one JSON parameter.
 */
export function rfmSql(rule: RuleOf<'rfm'>, env: CompileEnv): string {
  const labels = env.analyses.rfm
  if (!labels) throw missing('rfm')
  return idIn(
    env,
    rule.segments.flatMap((s) => labels.ids[s]),
  )
}

export function churnSql(rule: RuleOf<'churnRisk'>, env: CompileEnv): string {
  const labels = env.analyses.churn
  if (!labels) throw missing('churn')
  return idIn(
    env,
    rule.bands.flatMap((b) => labels.ids[b]),
  )
}

export function clusterSql(rule: RuleOf<'cluster'>, env: CompileEnv): string {
  const labels = env.analyses.clusters[rule.k]
  if (!labels) throw missing(`clusters k=${rule.k}`)
  return idIn(
    env,
    rule.clusters.flatMap((c) => labels.ids[c] ?? []),
  )
}

/** A programming error: the caller loads what `analysisNeeds` asks for before compiling. */
const missing = (analysis: string): Error => new Error(`segment analysis not loaded: ${analysis}`)
