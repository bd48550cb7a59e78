import { basename, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { importFile } from '../../src-main/csv/import-file'
import { openDatabase } from '../../src-main/db'
import type { DataKey } from '../../src-main/db/cipher'
import type { BenchContext } from './context'

/** Imports an orders CSV into a new shop `<name>.sqlite` (encrypted when `key` is given): seconds and rows. */
export async function timedImport(
  ctx: BenchContext,
  file: string,
  name: string,
  key?: DataKey,
): Promise<{ seconds: number; rows: number }> {
  const { db } = openDatabase(join(ctx.tmpDir, `${name}.sqlite`), { create: true, key })
  try {
    const start = performance.now()
    const report = await importFile(db, {
      file,
      fileName: basename(file),
      settings: { kind: 'orders' },
      dryRun: false,
      locale: 'en',
    })
    const seconds = (performance.now() - start) / 1000
    ctx.log(`${name}: ${report.rows} rows (${report.failed} failed) in ${seconds.toFixed(1)} s`)
    return { seconds, rows: report.rows }
  } finally {
    db.close()
  }
}
