import { bootBackend } from '../../../src-main/app/boot'
import { noDialogs } from '../../../src-main/app/create-context'
import { openDatabase } from '../../../src-main/db'
import { generateShop } from '../../../src-main/seed/generate-shop'
import type { BenchContext } from '../context'
import { orderFigures } from '../sales-orders'

/** The seeded demo shop the insights group uses too: ~1,000,000 order lines. */
const CUSTOMERS = 100_000
const ORDERS = 330_000

/**
 * Sales (issue 11) on a seeded shop: the orders page and ringing up a sale (`sales-orders.ts`);
 * each part of the sales module adds its figures from its own helper.
 */
export default async function sales(ctx: BenchContext): Promise<Record<string, number>> {
  const seeding = openDatabase(`${ctx.tmpDir}/kehu.sqlite`, { create: true })
  ctx.log(`seeding ${CUSTOMERS} customers, ${ORDERS} orders…`)
  generateShop(seeding.db, { customers: CUSTOMERS, orders: ORDERS, seed: 7 })
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
    return { 'sales.order_lines': lines, ...(await orderFigures(ctx, backend)) }
  } finally {
    await backend.close()
  }
}
