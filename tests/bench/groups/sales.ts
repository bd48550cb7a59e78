import { bootBackend } from '../../../src-main/app/boot'
import { noDialogs } from '../../../src-main/app/create-context'
import { openDatabase } from '../../../src-main/db'
import { ensureDefaultLostReasons } from '../../../src-main/deals/default-lost-reasons'
import { ensureDefaultPipelineStages } from '../../../src-main/deals/default-stages'
import { generateShop } from '../../../src-main/seed/generate-shop'
import type { BenchContext } from '../context'
import { orderFigures } from '../sales-orders'
import { pipelineFigures } from '../sales-pipeline'
import { taskFigures } from '../sales-tasks'

/** The seeded demo shop the insights group uses too (~1,000,000 order lines), with the open deals of issue 11. */
const CUSTOMERS = 100_000
const ORDERS = 330_000
const OPEN_DEALS = 5_000

/**
 * Sales (issue 11, section 6) on one seeded shop with 5,000 open deals and ~1M order lines:
 * ringing up a sale and the orders page (`sales-orders.ts`), the board and its moves
 * (`sales-pipeline.ts`), then the Today page over 10,000 tasks (`sales-tasks.ts`).
 */
export default async function sales(ctx: BenchContext): Promise<Record<string, number>> {
  const seeding = openDatabase(`${ctx.tmpDir}/kehu.sqlite`, { create: true })
  ensureDefaultPipelineStages(seeding.db, 'zh-CN')
  ensureDefaultLostReasons(seeding.db, 'zh-CN')
  ctx.log(`seeding ${CUSTOMERS} customers, ${ORDERS} orders, ${OPEN_DEALS} open deals…`)
  generateShop(seeding.db, { customers: CUSTOMERS, orders: ORDERS, seed: 7, locale: 'zh-CN', openDeals: OPEN_DEALS })
  const lines = seeding.db.prepare('SELECT count(*) FROM order_lines').pluck().get() as number
  seeding.db.pragma('optimize')
  seeding.db.close()
  const backend = bootBackend({
    dataDir: ctx.tmpDir,
    platform: 'cli',
    osLocale: 'zh-CN',
    dialogs: noDialogs,
    workerMode: 'inline',
  })
  try {
    return {
      'sales.order_lines': lines,
      ...(await orderFigures(ctx, backend)),
      ...(await pipelineFigures(ctx, backend)),
      ...(await taskFigures(ctx, backend)),
    }
  } finally {
    await backend.close()
  }
}
