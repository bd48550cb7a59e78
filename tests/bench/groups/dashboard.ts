import { bootBackend, type Backend } from '../../../src-main/app/boot'
import { noDialogs } from '../../../src-main/app/create-context'
import { openDatabase } from '../../../src-main/db'
import { localDayOf, shiftDays } from '../../../src-main/insights/lib/dates'
import { generateShop } from '../../../src-main/seed/generate-shop'
import type { BenchContext } from '../context'
import { dashboardOpen } from '../dashboard-open'
import { noBrowserReason } from '../../e2e/support/browser'
import { median, p95, round } from '../measure'

/** The seeded demo shop of the sales and insights groups: 100,000 customers, ~1,000,000 order lines. */
const CUSTOMERS = 100_000
const ORDERS = 330_000
const RUNS = 30

/**
 * The dashboard's data (issue 13, section 2), warm, through the real registrar:
 * - `dashboard.kpis.ms`: every tile for the last 30 days and the 30 days before (median; p95 beside),
 *   asked again as the page asks on every open (the answer is cached until data changes);
 * - `dashboard.kpis.afterWrite.ms`: the same, each time just after a write (a customer's city
 *   changed through its channel), so computed afresh;
 * - `dashboard.kpis.year.ms`: the same for the last 365 days and the year before;
 * - `dashboard.trend.ms`: revenue and orders per local day of the last 365 days;
 * - `dashboard.trend.month.ms`: per local month of the last three years;
 * - `dashboard.beforeAfter.ms`: the before/after report, 28 days either side of a day four weeks ago.
 * - `dashboard.open.ms`: the page in Chromium, from the click to tiles and trend painted, the app
 *   started (pages preloaded); `dashboard.open.beforePreload_ms`: clicked in the app's first second
 *   (tests/bench/dashboard-open.ts; needs `npm run build`).
 */
export default async function dashboard(ctx: BenchContext): Promise<Record<string, number>> {
  const seeding = openDatabase(`${ctx.tmpDir}/kehu.sqlite`, { create: true })
  ctx.log(`seeding ${CUSTOMERS} customers, ${ORDERS} orders…`)
  generateShop(seeding.db, { customers: CUSTOMERS, orders: ORDERS, seed: 7 })
  seeding.db.pragma('optimize')
  seeding.db.close()
  const backend = bootBackend({
    dataDir: ctx.tmpDir,
    platform: 'cli',
    osLocale: 'zh-CN',
    dialogs: noDialogs,
    workerMode: 'inline',
  })
  let figures: Record<string, number>
  try {
    const to = localDayOf(backend.db.prepare('SELECT max(ordered_at) FROM orders').pluck().get() as string)
    const hourRows = backend.db.prepare('SELECT count(*) FROM order_hour_totals').pluck().get() as number
    figures = {
      'dashboard.hour_rows': hourRows,
      ...(await timed(backend, 'dashboard.kpis', { from: shiftDays(to, -29), to })),
      ...(await timed(backend, 'dashboard.kpis.afterWrite', { from: shiftDays(to, -29), to }, (run) =>
        backend.dispatch('customers.update', { id: 1, patch: { city: `城${run}` } }),
      )),
      ...(await timed(backend, 'dashboard.kpis.year', { from: shiftDays(to, -364), to })),
      ...(await timed(backend, 'dashboard.trend', { from: shiftDays(to, -364), to, bucket: 'day' })),
      ...(await timed(backend, 'dashboard.trend.month', { from: shiftDays(to, -1094), to, bucket: 'month' })),
      ...(await timed(backend, 'dashboard.beforeAfter', { date: shiftDays(to, -27), days: 28 })),
    }
    ctx.log(JSON.stringify(figures))
  } finally {
    await backend.close()
  }
  if (noBrowserReason) {
    ctx.log(noBrowserReason)
    return figures
  }
  return { ...figures, ...(await dashboardOpen(ctx.tmpDir, ctx.log)) }
}

/**
 * Median and p95 of RUNS warm calls through the registrar (validation included), named
 * `<name>.ms` and `<name>.p95_ms`; `before` runs untimed ahead of each call.
 */
async function timed(
  backend: Backend,
  name: string,
  input: unknown,
  before?: (run: number) => Promise<unknown>,
): Promise<Record<string, number>> {
  const channel = name.split('.').slice(0, 2).join('.')
  const times: number[] = []
  for (let i = 0; i < RUNS + 3; i++) {
    await before?.(i)
    const start = performance.now()
    const result = await backend.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    if (i >= 3) times.push(performance.now() - start)
  }
  return { [`${name}.ms`]: round(median(times)), [`${name}.p95_ms`]: round(p95(times)) }
}
