import { createReadStream } from 'node:fs'
import { basename, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parse } from 'csv-parse'
import { importFile } from '../../../src-main/csv/import-file'
import { openDatabase } from '../../../src-main/db'
import type { BenchContext } from '../context'
import { round } from '../measure'
import { writeOrderFile } from '../order-file'

const LINES = 1_000_000

async function timedImport(ctx: BenchContext, file: string, name: string): Promise<{ seconds: number; rows: number }> {
  const { db } = openDatabase(join(ctx.tmpDir, `${name}.sqlite`), { create: true })
  try {
    const start = performance.now()
    const report = await importFile(db, { file, fileName: basename(file), settings: { kind: 'orders' }, dryRun: false, locale: 'en' })
    const seconds = (performance.now() - start) / 1000
    ctx.log(`${name}: ${report.rows} rows (${report.failed} failed) in ${seconds.toFixed(1)} s`)
    return { seconds, rows: report.rows }
  } finally {
    db.close()
  }
}

/** The floor under any importer: csv-parse into one prepared INSERT per row, one transaction. */
async function ceiling(ctx: BenchContext, file: string): Promise<number> {
  const { db } = openDatabase(join(ctx.tmpDir, 'ceiling.sqlite'), { create: true })
  try {
    db.exec('CREATE TABLE bare (invoice TEXT, sku TEXT, description TEXT, quantity REAL, at TEXT, price TEXT, customer TEXT, country TEXT)')
    const insert = db.prepare('INSERT INTO bare VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    const start = performance.now()
    let rows = 0
    db.exec('BEGIN')
    for await (const r of createReadStream(file).pipe(parse({ from_line: 2 })) as AsyncIterable<string[]>) {
      insert.run(r[0], r[1], r[2], Number(r[3]), r[4], r[5], r[6], r[7])
      rows++
    }
    db.exec('COMMIT')
    return rows / ((performance.now() - start) / 1000)
  } finally {
    db.close()
  }
}

export default async function (ctx: BenchContext): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  const retail = ctx.sharedDataFile('online_retail.csv.gz')
  if (retail) {
    const { seconds, rows } = await timedImport(ctx, retail, 'onlineRetail')
    out['import.onlineRetail.seconds'] = round(seconds)
    out['import.onlineRetail.rowsPerSec'] = Math.round(rows / seconds)
  }
  const file = join(ctx.tmpDir, 'orders1M.csv')
  writeOrderFile(file, LINES)
  const ours = await timedImport(ctx, file, 'orders1M')
  out['import.orders1M.rowsPerSec'] = Math.round(ours.rows / ours.seconds)
  out['import.ceiling.rowsPerSec'] = Math.round(await ceiling(ctx, file))
  return out
}
