import type { SegmentDefinition, SegmentRule } from '../../../src-shared/domain/segment'
import { lifecycleStageSql } from '../lifecycle/stage-sql'
import { compileEnv, type CompiledSegment, type CompileEnv } from './compile-env'
import { churnSql, clusterSql, rfmSql } from './rules/analysis-rules'
import { boughtSql } from './rules/bought-rule'
import { campaignSql } from './rules/campaign-rule'
import { createdSql, listSql, tagsSql } from './rules/customer-rules'
import { amountSql, lastPurchaseSql, neverBoughtSql } from './rules/purchase-rules'

function ruleSql(rule: SegmentRule, env: CompileEnv): string {
  switch (rule.kind) {
    case 'rfm':
      return rfmSql(rule, env)
    case 'lastPurchase':
      return lastPurchaseSql(rule, env)
    case 'neverBought':
      return neverBoughtSql(rule, env)
    case 'orderCount':
    case 'totalSpend':
    case 'averageOrderValue':
      return amountSql(rule, env)
    case 'bought':
      return boughtSql(rule, env)
    case 'tags':
      return tagsSql(rule, env)
    case 'city':
    case 'source':
      return listSql(rule, env)
    case 'created':
      return createdSql(rule, env)
    case 'lifecycle':
      return `(${lifecycleStageSql(env)}) IN (SELECT value FROM json_each(${env.param(JSON.stringify(rule.stages))}))`
    case 'churnRisk':
      return churnSql(rule, env)
    case 'cluster':
      return clusterSql(rule, env)
    case 'campaign':
      return campaignSql(rule, env)
  }
}

const join = (parts: string[], match: 'all' | 'any'): string =>
  parts.map((p) => `(${p})`).join(match === 'all' ? ' AND ' : ' OR ')

/**
 * A definition as one boolean SQL expression over a live customer `c` (and `s`, their counted
 * orders): rules joined by their group's match, groups by the definition's. User values are
 * named parameters only.
 */
export function compileSegment(
  definition: SegmentDefinition,
  base: Omit<CompileEnv, 'param' | 'useStats'>,
  /** More SQL written with the same parameters (the preview's lifecycle column). */
  columns?: (env: CompileEnv) => string,
): CompiledSegment {
  const { env, done } = compileEnv(base)
  const groups = definition.groups.map((g) =>
    join(
      g.rules.map((r) => ruleSql(r, env)),
      g.match,
    ),
  )
  return done(join(groups, definition.match), columns?.(env))
}
