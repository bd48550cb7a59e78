import { bootBackend } from '../../../src-main/app/boot'
import { noDialogs } from '../../../src-main/app/create-context'
import { openDatabase } from '../../../src-main/db'
import { generateShop } from '../../../src-main/seed/generate-shop'
import type { BenchContext } from '../context'
import { taskFigures } from '../sales-tasks'

/** Customers and open deals as in the `sales-pipeline` shop; orders do not change what Today reads, so fewer are seeded. */
const CUSTOMERS = 100_000
const ORDERS = 30_000
const OPEN_DEALS = 5_000

/**
 * The tasks figures of issue 11 (`sales-tasks.ts`) on a shop of their own: 100,000 customers and
 * 5,000 open deals (Today lists the open deals with nothing planned), topped up to 10,000 tasks.
 */
export default async function salesTasks(ctx: BenchContext): Promise<Record<string, number>> {
  const seeding = openDatabase(`${ctx.tmpDir}/kehu.sqlite`, { create: true })
  ctx.log(`seeding ${CUSTOMERS} customers, ${ORDERS} orders, ${OPEN_DEALS} open deals…`)
  generateShop(seeding.db, { customers: CUSTOMERS, orders: ORDERS, seed: 7, openDeals: OPEN_DEALS })
  seeding.db.close()
  const backend = bootBackend({
    dataDir: ctx.tmpDir,
    platform: 'cli',
    osLocale: 'zh-CN',
    dialogs: noDialogs,
    workerMode: 'inline',
  })
  try {
    return await taskFigures(ctx, backend)
  } finally {
    await backend.close()
  }
}
