import { bootBackend } from '../../../src-main/app/boot'
import { noDialogs } from '../../../src-main/app/create-context'
import { openDatabase } from '../../../src-main/db'
import { generateShop } from '../../../src-main/seed/generate-shop'
import type { BenchContext } from '../context'
import { taskFigures } from '../sales-tasks'

/** Customers as in the `sales` shop; orders do not change what Today reads, so fewer are seeded. */
const CUSTOMERS = 100_000
const ORDERS = 30_000

/**
 * The tasks figures of the `sales` group (`sales-tasks.ts`) on their own, on a seeded shop with
 * the sales group's customers. When the branches merge, the `sales` group calls `taskFigures`
 * on its shop and this file goes.
 */
export default async function salesTasks(ctx: BenchContext): Promise<Record<string, number>> {
  const seeding = openDatabase(`${ctx.tmpDir}/kehu.sqlite`, { create: true })
  ctx.log(`seeding ${CUSTOMERS} customers, ${ORDERS} orders…`)
  generateShop(seeding.db, { customers: CUSTOMERS, orders: ORDERS, seed: 7 })
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
