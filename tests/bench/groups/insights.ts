import { join } from 'node:path'
import { openDatabase } from '../../../src-main/db'
import { computeCampaigns } from '../../../src-main/insights/compute/campaigns'
import { computeFunnel } from '../../../src-main/insights/compute/funnel'
import { computeService } from '../../../src-main/insights/compute/service'
import { analysisTable, asOf, type AnalysisInput, type AnalysisKind } from '../../../src-main/insights/analysis-table'
import { localToday } from '../../../src-main/insights/lib/dates'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { runTask } from '../../../src-main/workers/task'
import type { BenchContext } from '../context'
import { round, timeMs } from '../measure'

const CUSTOMERS = 100_000
const ORDERS = 330_000

/**
 * Each analytics.* computation once, cold, on the seeded demo shop (100k customers, ~1M order
 * lines), through the same functions the worker runs (inline here, to time the work itself
 * rather than thread start-up). The cache makes repeats free, so cold time is what users wait.
 */
export default async function insights(ctx: BenchContext): Promise<Record<string, number>> {
  const { db } = openDatabase(join(ctx.tmpDir, 'insights.sqlite'), { create: true })
  ctx.log(`seeding ${CUSTOMERS} customers, ${ORDERS} orders…`)
  generateShop(db, { customers: CUSTOMERS, orders: ORDERS, seed: 7 })
  const lines = db.prepare('SELECT count(*) FROM order_lines').pluck().get() as number
  const today = localToday()
  const env = { progress: () => undefined, isCancelled: () => false }
  const heavy: { [K in AnalysisKind]: AnalysisInput<K> } = {
    forecast: { months: 12, model: 'holtWinters' },
    churn: { windowDays: 90, limit: 50 },
    rfm: {},
    clusters: { k: 5 },
    bundles: { minSupport: 0.005, minConfidence: 0.2, limit: 20 },
    // A drill-down's first page: the members of one bar (the model runs again, once per data version).
    rfmMembers: { asOf: today, segment: 'champions' },
    clusterMembers: { clusters: { k: 5 }, cluster: 0 },
    // Every customer's label, for saved segments' RFM, churn-band and cluster rules.
    rfmLabels: {},
    churnLabels: { windowDays: 180 },
    clusterLabels: { k: 5 },
  }
  const out: Record<string, number> = { 'insights.order_lines': lines }
  for (const kind of Object.keys(heavy) as AnalysisKind[]) {
    out[`insights.${kind}_ms`] = round(timeMs(() => runTask(analysisTable, db, kind, asOf(heavy[kind], today), env)))
    ctx.log(`${kind}: ${out[`insights.${kind}_ms`]} ms`)
  }
  const arima = asOf<'forecast'>({ months: 12, model: 'arima' }, today)
  out['insights.forecast_arima_ms'] = round(timeMs(() => runTask(analysisTable, db, 'forecast', arima, env)))
  out['insights.service_ms'] = round(timeMs(() => computeService(db, {}, today)))
  out['insights.funnel_ms'] = round(timeMs(() => computeFunnel(db)))
  out['insights.campaigns_ms'] = round(timeMs(() => computeCampaigns(db)))
  db.close()
  return out
}
