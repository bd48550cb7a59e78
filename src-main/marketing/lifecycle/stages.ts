import type Database from 'better-sqlite3'
import { LIFECYCLE_STAGES, type LifecycleStage } from '../../../src-shared/domain/segment'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { CustomerLifecycle, LifecycleDistribution } from '../../../src-shared/ipc/channels/segments'
import { daysBetween, localDayOf, localToday } from '../../insights/lib/dates'
import { analysesAsOf, type SegmentAnalyses } from '../segments/analyses'
import { compileEnv } from '../segments/compile-env'
import { segmentQuery } from '../segments/customer-query'
import { compileBase } from '../segments/evaluate'
import { lifecycleParts } from './stage-sql'

interface StageRow {
  stage: LifecycleStage
  orders: number
  lastPurchaseAt: string | null
  averageGapDays: number | null
  overdue: number | null
  churnHigh: number
}

/** One live customer's stage with its reasons; `customer_not_found` for an unknown or trashed one. */
export function customerLifecycle(db: Database.Database, customerId: number, analyses: SegmentAnalyses): CustomerLifecycle {
  const base = compileBase(db, analyses)
  const { env, done } = compileEnv(base)
  const parts = lifecycleParts(env)
  const id = env.param(customerId)
  const compiled = done(`c.id = ${id}`)
  const sql = segmentQuery(
    compiled,
    `${parts.stage} AS stage, coalesce(s.orders, 0) AS orders, s.last_at AS lastPurchaseAt,
     CASE WHEN s.orders >= 2 THEN ${parts.averageGapDays} END AS averageGapDays,
     ${parts.overdue} AS overdue, ${parts.churnHigh} AS churnHigh`,
    '',
    id,
  )
  const row = db.prepare(sql).get(compiled.params) as StageRow | undefined
  if (!row) throw new AppError('customer_not_found', { id: customerId })
  return {
    stage: row.stage,
    orders: row.orders,
    lastPurchaseAt: row.lastPurchaseAt,
    daysSince: row.lastPurchaseAt === null ? null : daysBetween(localDayOf(row.lastPurchaseAt), localToday()),
    averageGapDays: row.averageGapDays,
    overdue: row.overdue === 1,
    churnHigh: row.churnHigh === 1,
    lapsedDays: base.lapsedDays,
    asOf: analysesAsOf(analyses),
  }
}

/** How many live customers are in each stage. */
export function lifecycleDistribution(db: Database.Database, analyses: SegmentAnalyses): LifecycleDistribution {
  const base = compileBase(db, analyses)
  const { env, done } = compileEnv(base)
  const stage = lifecycleParts(env).stage
  const compiled = done('1')
  const rows = db.prepare(segmentQuery(compiled, `${stage} AS stage, count(*) AS n`, 'GROUP BY 1')).all(compiled.params) as {
    stage: LifecycleStage
    n: number
  }[]
  const stages = Object.fromEntries(LIFECYCLE_STAGES.map((s) => [s, 0])) as Record<LifecycleStage, number>
  for (const row of rows) stages[row.stage] = row.n
  return { stages, lapsedDays: base.lapsedDays, asOf: analysesAsOf(analyses) }
}
