import { basename, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { exportToFolder } from '../../../src-main/csv/export-data'
import { importFile } from '../../../src-main/csv/import-file'
import { openDatabase } from '../../../src-main/db'
import type { BenchContext } from '../context'
import { round } from '../measure'
import { writeOrderFile } from '../order-file'

export default async function (ctx: BenchContext): Promise<Record<string, number>> {
  const file = join(ctx.tmpDir, 'orders1M.csv')
  writeOrderFile(file, 1_000_000)
  const { db } = openDatabase(join(ctx.tmpDir, 'export.sqlite'), { create: true })
  try {
    await importFile(db, { file, fileName: basename(file), settings: { kind: 'orders' }, dryRun: false, locale: 'en' })
    ctx.log('1M order lines loaded; exporting')
    const start = performance.now()
    const { files } = exportToFolder(db, join(ctx.tmpDir, 'out'), { kind: 'orders', encoding: 'utf8bom', headers: 'ui', locale: 'zh-CN' })
    const seconds = (performance.now() - start) / 1000
    ctx.log(`${files[0].rows} lines in ${seconds.toFixed(1)} s`)
    return { 'export.orders1M.seconds': round(seconds) }
  } finally {
    db.close()
  }
}
