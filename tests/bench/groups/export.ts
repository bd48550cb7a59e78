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
    const timed = (encoding: 'utf8bom' | 'gb18030'): number => {
      const start = performance.now()
      const { files } = exportToFolder(db, join(ctx.tmpDir, encoding), {
        kind: 'orders',
        encoding,
        headers: 'ui',
        locale: 'zh-CN',
      })
      const seconds = (performance.now() - start) / 1000
      ctx.log(`${encoding}: ${files[0].rows} lines in ${seconds.toFixed(1)} s`)
      return round(seconds)
    }
    return { 'export.orders1M.seconds': timed('utf8bom'), 'export.orders1M.gb18030.seconds': timed('gb18030') }
  } finally {
    db.close()
  }
}
