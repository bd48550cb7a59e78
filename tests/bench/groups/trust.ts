import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { bootBackend } from '../../../src-main/app/boot'
import { noDialogs } from '../../../src-main/app/create-context'
import { openDatabase } from '../../../src-main/db'
import type { DataKey } from '../../../src-main/db/cipher'
import { generateShop } from '../../../src-main/seed/generate-shop'
import type { BackupEntry } from '../../../src-shared/ipc/channels/backups'
import { builtEntryPath, builtWorker } from '../../support/built-workers'
import type { BenchContext } from '../context'
import { round } from '../measure'
import { encryptionRatios } from '../trust-encryption'

/**
 * The seeded shop of the sales and dashboard groups: 100,000 customers, ~1,000,000 order lines
 * (3.3 orders a customer). `KEHU_BENCH_TRUST_CUSTOMERS` makes it smaller on a busy machine.
 */
const CUSTOMERS = Number(process.env.KEHU_BENCH_TRUST_CUSTOMERS ?? 100_000)
const ORDERS = Math.round(CUSTOMERS * 3.3)

/**
 * Trust (issue 15 §5), through the real registrar and the built backup worker (`npm run build`):
 * - `trust.encrypted.*_ratio`: encryption on against off (../trust-encryption.ts);
 * - `trust.backup.seconds`: Backup now — the file's bytes copied at rest (db/copy-at-rest.ts),
 *   `quick_check` and row counts of the copy, rename, rotation — from the call to its answer;
 *   `trust.backup.encrypted.seconds` the same for the encrypted shop (its bytes, same key);
 * - `…mainThreadStall_ms`: the longest the main thread's event loop waited meanwhile (a 5 ms
 *   timer's lateness): what the window's calls would feel; `trust.idle.mainThreadStall_ms` is
 *   the same timer with nothing running, for as long: what the machine's load alone causes;
 * - `trust.backup.mb`: the size of the copy; `trust.shop.orderLines`: the shop's size.
 */
export default async function trust(ctx: BenchContext): Promise<Record<string, number>> {
  if (!builtWorker('backup')) throw new Error('the trust group needs the built backup worker: run npm run build')
  const file = join(ctx.tmpDir, 'kehu.sqlite')
  const seeding = openDatabase(file, { create: true })
  ctx.log(`seeding ${CUSTOMERS} customers, ${ORDERS} orders…`)
  generateShop(seeding.db, { customers: CUSTOMERS, orders: ORDERS, seed: 7 })
  const lines = seeding.db.prepare('SELECT count(*) FROM order_lines').pluck().get() as number
  seeding.db.close()
  const { figures, encryptedFile, key } = await encryptionRatios(ctx, file, CUSTOMERS)

  const plain = await timedBackup(ctx, file)
  const encrypted = await timedBackup(ctx, encryptedFile, key)
  return {
    ...figures,
    'trust.shop.customers': CUSTOMERS,
    'trust.shop.orderLines': lines,
    'trust.backup.seconds': plain.seconds,
    'trust.backup.mainThreadStall_ms': plain.stall,
    'trust.idle.mainThreadStall_ms': plain.idleStall,
    'trust.backup.mb': plain.mb,
    'trust.backup.encrypted.seconds': encrypted.seconds,
    'trust.backup.encrypted.mainThreadStall_ms': encrypted.stall,
  }
}

async function timedBackup(ctx: BenchContext, file: string, dataKey?: DataKey) {
  const backend = bootBackend({
    dataDir: ctx.tmpDir,
    file: { path: file, backupDir: join(ctx.tmpDir, 'backups') },
    dataKey,
    platform: 'cli',
    osLocale: 'zh-CN',
    dialogs: noDialogs,
    workerMode: 'thread',
    workerEntryPath: builtEntryPath,
  })
  try {
    // The deferred quick_check of the file starts 3 s after opening: let it finish first.
    await backend.integrity.settled
    const watch = stallWatch()
    const start = performance.now()
    const answer = await backend.dispatch('backups.create', {})
    const seconds = (performance.now() - start) / 1000
    const stall = watch.stop()
    if (!answer.ok) throw new Error(answer.error.message)
    const idle = stallWatch()
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
    const idleStall = idle.stop()
    const made = answer.data as BackupEntry
    ctx.log(
      `backup ${made.name}${dataKey ? ' (encrypted)' : ''}: ${(made.bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(2)} s, longest stall ${stall.toFixed(0)} ms (idle ${idleStall.toFixed(0)} ms)`,
    )
    return { seconds: round(seconds), stall: round(stall), idleStall: round(idleStall), mb: round(made.bytes / 1e6) }
  } finally {
    await backend.close()
  }
}

/** The longest a 5 ms timer was late until `stop()`. */
function stallWatch(): { stop(): number } {
  let stall = 0
  let last = performance.now()
  const ticker = setInterval(() => {
    const now = performance.now()
    stall = Math.max(stall, now - last - 5)
    last = now
  }, 5)
  return {
    stop: () => {
      clearInterval(ticker)
      return stall
    },
  }
}
