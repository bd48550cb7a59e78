import type Database from 'better-sqlite3'
import { analysisTable, asOf, type AnalysisInput, type AnalysisKind } from '../../../src-main/insights/analysis-table'
import { computeCampaigns } from '../../../src-main/insights/compute/campaigns'
import { computeFunnel } from '../../../src-main/insights/compute/funnel'
import { computeService } from '../../../src-main/insights/compute/service'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { runTask } from '../../../src-main/workers/task'

/** The fixed demo shop every analysis is checked on: same rows on every run and machine. */
export const SEEDED = { customers: 1500, orders: 5000, seed: 11, asOf: '2026-06-30', locale: 'zh-CN' } as const
/** Its figures are taken "as of" the last seeded day, in the shop's own time zone. */
export const SEEDED_TODAY = '2026-06-30'
export const SEEDED_TZ = 'Asia/Shanghai'

export function seedShop(db: Database.Database): void {
  generateShop(db, SEEDED)
}

const heavy: [AnalysisKind, AnalysisInput<AnalysisKind>][] = [
  ['forecast', { months: 12, model: 'holtWinters' }],
  ['forecast', { months: 6, model: 'arima' }],
  ['forecast', { months: 3, model: 'linear' }],
  ['churn', { windowDays: 90, limit: 20 }],
  ['rfm', {}],
  ['rfm', { asOf: '2026-03-31' }],
  ['clusters', { k: 4 }],
  ['bundles', { minSupport: 0.004, minConfidence: 0.05, limit: 30 }],
]

/** `computedAt` says when, not what: left out so two runs compare equal. */
const withoutTime = (result: unknown): unknown =>
  JSON.parse(JSON.stringify(result, (key, value: unknown) => (key === 'computedAt' ? undefined : value)))

/** Every analysis of the seeded shop as the analytics task table and the light handlers compute it. */
export async function seededResults(db: Database.Database): Promise<Record<string, unknown>> {
  const env = { progress: () => undefined, isCancelled: () => false }
  const out: Record<string, unknown> = {}
  for (const [kind, input] of heavy) {
    out[`${kind} ${JSON.stringify(input)}`] = withoutTime(await runTask(analysisTable, db, kind, asOf(input, SEEDED_TODAY), env))
  }
  out.service = withoutTime(computeService(db, {}, SEEDED_TODAY))
  out.funnel = withoutTime(computeFunnel(db))
  out.campaigns = withoutTime(computeCampaigns(db))
  return out
}
