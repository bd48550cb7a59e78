import { copyFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { openDatabase } from '../../src-main/db'
import type { DataKey } from '../../src-main/db/cipher'
import { convertDataFile } from '../../src-main/trust/encryption/convert-file'
import type { BenchContext } from './context'
import { customerReads } from './customer-reads'
import { median, p95, round } from './measure'
import { writeOrderFile } from './order-file'
import { timedImport } from './timed-import'

/** Lines of the order file imported once plain and once encrypted (the `import` group's file, shorter). */
const IMPORT_LINES = 200_000

type Reads = ReturnType<typeof customerReads>

/**
 * The cost of encryption at rest (issue 15 §5): the customer page's reads on the seeded shop
 * and an order import, each once on the plain file and once on an encrypted copy of it (made
 * by the app's own conversion, opened with the raw key as `db/cipher.ts` does), as
 * `trust.encrypted.<figure>_ratio` (target < 1.3) with both raw figures beside it.
 * `plainFile` must be closed. Returns the figures and the encrypted copy's path and key.
 */
export async function encryptionRatios(
  ctx: BenchContext,
  plainFile: string,
  customers: number,
): Promise<{ figures: Record<string, number>; encryptedFile: string; key: DataKey }> {
  const encryptedFile = join(ctx.tmpDir, 'encrypted.sqlite')
  const key = randomBytes(32)
  copyFileSync(plainFile, encryptedFile)
  convertDataFile(encryptedFile, null, key)
  const deepOffset = Math.max(0, Math.floor(customers / 2) - 1000)
  const reads = (file: string, withKey?: DataKey): Reads => {
    const { db } = openDatabase(file, { key: withKey, integrity: 'deferred' })
    try {
      return customerReads(db, deepOffset)
    } finally {
      db.close()
    }
  }
  // A first pass unmeasured: whichever file went first would otherwise pay the JIT's warm-up.
  reads(plainFile)
  const plain = reads(plainFile)
  const encrypted = reads(encryptedFile, key)
  const figures: Record<string, number> = {}
  const compare = (figure: string, off: number, on: number): void => {
    figures[`trust.plain.${figure}`] = round(off)
    figures[`trust.encrypted.${figure}`] = round(on)
    figures[`trust.encrypted.${figure.split('.')[0]}_ratio`] = round(on / off)
  }
  // The ratio is of medians: a p95 of 50 samples of a few milliseconds is the machine's load
  // (on a loaded 2-core machine the same file's list p95 moved 29 → 62 ms between two passes,
  // its median 1.8 → 1.5). The p95s are reported beside it.
  for (const [figure, samples] of [
    ['list', 'firstPage'],
    ['sortedPage', 'deep'],
    ['search', 'search'],
    ['listSearch', 'listSearch'],
  ] as const) {
    compare(`${figure}.median_ms`, median(plain[samples]), median(encrypted[samples]))
    figures[`trust.plain.${figure}.p95_ms`] = round(p95(plain[samples]))
    figures[`trust.encrypted.${figure}.p95_ms`] = round(p95(encrypted[samples]))
  }

  const csv = join(ctx.tmpDir, 'orders.csv')
  writeOrderFile(csv, IMPORT_LINES)
  const warmUp = join(ctx.tmpDir, 'warm-up.csv')
  writeOrderFile(warmUp, IMPORT_LINES / 10)
  await timedImport(ctx, warmUp, 'importWarmUp')
  const off = await timedImport(ctx, csv, 'importPlain')
  const on = await timedImport(ctx, csv, 'importEncrypted', key)
  compare('import.seconds', off.seconds, on.seconds)
  figures['trust.import.lines'] = IMPORT_LINES
  ctx.log(`encryption ratios: ${JSON.stringify(figures)}`)
  return { figures, encryptedFile, key }
}
