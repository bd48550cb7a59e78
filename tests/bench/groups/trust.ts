import { performance } from 'node:perf_hooks'
import { bootBackend } from '../../../src-main/app/boot'
import { noDialogs } from '../../../src-main/app/create-context'
import { openDatabase } from '../../../src-main/db'
import { generateShop } from '../../../src-main/seed/generate-shop'
import type { BackupEntry } from '../../../src-shared/ipc/channels/backups'
import { builtEntryPath, builtWorker } from '../../support/built-workers'
import type { BenchContext } from '../context'
import { round } from '../measure'

/** The seeded shop of the sales and dashboard groups: 100,000 customers, ~1,000,000 order lines. */
const CUSTOMERS = 100_000
const ORDERS = 330_000

/**
 * Trust (issue 15 §5), through the real registrar and the built backup worker (`npm run build`):
 * - `trust.backup.seconds`: Backup now — online backup API copy, `integrity_check` and row counts
 *   of the copy, rename, rotation — from the call to its answer;
 * - `trust.backup.mainThreadStall_ms`: the longest the main thread's event loop waited meanwhile
 *   (a 5 ms timer's lateness): what the window's calls would feel;
 * - `trust.backup.mb`: the size of the copy.
 */
export default async function trust(ctx: BenchContext): Promise<Record<string, number>> {
  if (!builtWorker('backup')) throw new Error('the trust group needs the built backup worker: run npm run build')
  const seeding = openDatabase(`${ctx.tmpDir}/kehu.sqlite`, { create: true })
  ctx.log(`seeding ${CUSTOMERS} customers, ${ORDERS} orders…`)
  generateShop(seeding.db, { customers: CUSTOMERS, orders: ORDERS, seed: 7 })
  seeding.db.close()
  const backend = bootBackend({
    dataDir: ctx.tmpDir,
    platform: 'cli',
    osLocale: 'zh-CN',
    dialogs: noDialogs,
    workerMode: 'thread',
    workerEntryPath: builtEntryPath,
  })
  try {
    let stall = 0
    let last = performance.now()
    const ticker = setInterval(() => {
      const now = performance.now()
      stall = Math.max(stall, now - last - 5)
      last = now
    }, 5)
    const start = performance.now()
    const answer = await backend.dispatch('backups.create', {})
    const seconds = (performance.now() - start) / 1000
    clearInterval(ticker)
    if (!answer.ok) throw new Error(answer.error.message)
    const made = answer.data as BackupEntry
    ctx.log(
      `backup ${made.name}: ${(made.bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(2)} s, longest stall ${stall.toFixed(0)} ms`,
    )
    return {
      'trust.backup.seconds': round(seconds),
      'trust.backup.mainThreadStall_ms': round(stall),
      'trust.backup.mb': round(made.bytes / 1e6),
    }
  } finally {
    await backend.close()
  }
}
