import { randomUUID } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { openDatabase } from '../../../src-main/db'
import { generateShop } from '../../../src-main/seed/generate-shop'
import type { AppInfo } from '../../../src-shared/ipc'
import type { ImportAnalysis } from '../../../src-shared/ipc/channels/csv-import'
import { harnessBuilt, startBuiltHarness, type BuiltHarness } from '../../support/built-harness'
import type { BenchContext } from '../context'
import { round } from '../measure'
import { processMemory, sampleTree } from '../process-memory'

const CUSTOMERS = 100_000
const ORDERS = 330_000
/** "Settled": the main process's resident memory this long after the last analysis answered. */
const SETTLE_MS = 30_000

/** Every analytics.* channel, as the dashboard will ask on open. */
const ANALYSES: [channel: string, input: unknown][] = [
  ['analytics.forecast', { months: 12, model: 'holtWinters' }],
  ['analytics.rfm', {}],
  ['analytics.churn', { windowDays: 90, limit: 50 }],
  ['analytics.clusters', { k: 5 }],
  ['analytics.bundles', { minSupport: 0.005, minConfidence: 0.2, limit: 20 }],
  ['analytics.service', {}],
  ['analytics.funnel', {}],
  ['analytics.campaigns', {}],
]

async function call<T>(harness: BuiltHarness, channel: string, input: unknown): Promise<T> {
  const answer = await harness.invoke<T>(channel, input)
  if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`)
  return answer.data
}

/** The built harness on `dir`, once its start-up integrity check has finished. */
async function started(dir: string): Promise<BuiltHarness> {
  const harness = await startBuiltHarness(dir)
  while ((await call<AppInfo>(harness, 'app.info', {})).integrity.status === 'checking') await sleep(100)
  await sleep(1000)
  return harness
}

const mb = (pid: number): { rss: number; peak: number } => processMemory(pid) ?? { rss: NaN, peak: NaN }

/**
 * Resident memory of the main process — the built browser harness, whose backend is the one
 * the Electron main process runs, with all its threads — while every analysis runs once, cold,
 * through the app's own worker path on a seeded 100,000-customer / ~1M-line shop; then while
 * that shop's 1M order lines are exported, and while the Online Retail file is imported into an
 * empty shop and every analysis then runs on it (`memory.retail.*`: the real data set's size). `peak` is the kernel's high-water mark (VmHWM, start-up included); child processes
 * are sampled too, so work moved out of the process is still counted in `treePeak`. Linux only.
 */
export default async function memory(ctx: BenchContext): Promise<Record<string, number>> {
  if (!harnessBuilt) throw new Error('the memory group drives the built app: run `npm run build` first')
  const shopDir = join(ctx.tmpDir, 'shop')
  mkdirSync(shopDir)
  ctx.log(`seeding ${CUSTOMERS} customers, ${ORDERS} orders…`)
  const { db } = openDatabase(join(shopDir, 'kehu.sqlite'), { create: true })
  generateShop(db, { customers: CUSTOMERS, orders: ORDERS, seed: 7 })
  const lines = db.prepare('SELECT count(*) FROM order_lines').pluck().get() as number
  db.close()
  const out: Record<string, number> = { 'memory.orderLines': lines }
  Object.assign(out, await analyses(ctx, shopDir), await exportLines(ctx, shopDir))
  const retail = ctx.sharedDataFile('online_retail.csv.gz')
  if (retail) Object.assign(out, await importRetail(ctx, retail))
  return out
}

/**
 * Each analysis once, in turn; time and resident memory after each, as `<prefix>.<name>.*`.
 * Unless `strict`, an analysis that answers with an error (too little data in that shop for a
 * churn window, say) still counts: it read its inputs before it refused.
 */
async function runAnalyses(
  ctx: BenchContext,
  harness: BuiltHarness,
  prefix: string,
  strict: boolean,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const [channel, input] of ANALYSES) {
    const start = performance.now()
    const answer = await harness.invoke(channel, input)
    if (!answer.ok && strict) throw new Error(`${channel}: ${answer.error.message}`)
    const name = `${prefix}.${channel.replace('analytics.', '')}`
    out[`${name}.ms`] = round(performance.now() - start)
    out[`${name}.rssMb`] = round(mb(harness.pid).rss, 1)
    ctx.log(
      `${name}: ${out[`${name}.ms`]} ms, main process ${out[`${name}.rssMb`]} MB${answer.ok ? '' : ` (${answer.error.code})`}`,
    )
  }
  return out
}

async function analyses(ctx: BenchContext, shopDir: string): Promise<Record<string, number>> {
  const harness = await started(shopDir)
  const out: Record<string, number> = { 'memory.mainStart.mb': round(mb(harness.pid).rss, 1) }
  const tree = sampleTree(harness.pid)
  try {
    Object.assign(out, await runAnalyses(ctx, harness, 'memory', true))
    out['memory.mainPeak.mb'] = round(mb(harness.pid).peak, 1)
    out['memory.treePeak.mb'] = round(tree.peak(), 1)
    out['memory.mainAnonPeak.mb'] = round(tree.anonPeak(), 1)
    await sleep(SETTLE_MS)
    out['memory.mainSettled.mb'] = round(mb(harness.pid).rss, 1)
    ctx.log(`peak ${out['memory.mainPeak.mb']} MB, settled ${out['memory.mainSettled.mb']} MB`)
  } finally {
    tree.stop()
    await harness.stop()
  }
  return out
}

async function exportLines(ctx: BenchContext, shopDir: string): Promise<Record<string, number>> {
  const harness = await started(shopDir)
  const tree = sampleTree(harness.pid)
  try {
    const target = join(ctx.tmpDir, 'export')
    mkdirSync(target)
    await harness.queueDialog('chooseFolder', target)
    const start = performance.now()
    await call(harness, 'csv.export', { kind: 'orders' })
    const seconds = (performance.now() - start) / 1000
    ctx.log(`export: ${seconds.toFixed(1)} s, peak ${mb(harness.pid).peak} MB`)
    return {
      'memory.export.peakMb': round(mb(harness.pid).peak, 1),
      'memory.export.treePeakMb': round(tree.stop(), 1),
      'memory.export.seconds': round(seconds),
    }
  } finally {
    tree.stop()
    await harness.stop()
  }
}

async function importRetail(ctx: BenchContext, file: string): Promise<Record<string, number>> {
  const dir = join(ctx.tmpDir, 'import')
  mkdirSync(dir)
  openDatabase(join(dir, 'kehu.sqlite'), { create: true }).db.close()
  const harness = await started(dir)
  const tree = sampleTree(harness.pid)
  try {
    await harness.queueDialog('openFile', file)
    const picked = await call<ImportAnalysis>(harness, 'csv.pick', { kind: 'orders' })
    const start = performance.now()
    await call(harness, 'csv.import', { fileId: picked.fileId, jobId: randomUUID(), kind: 'orders', dryRun: false })
    const seconds = (performance.now() - start) / 1000
    ctx.log(`import: ${seconds.toFixed(1)} s, peak ${mb(harness.pid).peak} MB`)
    const out: Record<string, number> = {
      'memory.import.peakMb': round(mb(harness.pid).peak, 1),
      'memory.import.treePeakMb': round(tree.peak(), 1),
      'memory.import.seconds': round(seconds),
    }
    // The real data set, as imported: every analysis on it, as the dashboard would ask
    // (`memory.retail.peakMb`: the highest of the import and these analyses).
    Object.assign(out, await runAnalyses(ctx, harness, 'memory.retail', false))
    out['memory.retail.peakMb'] = round(tree.stop(), 1)
    return out
  } finally {
    tree.stop()
    await harness.stop()
  }
}
