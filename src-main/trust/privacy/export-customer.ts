import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import type { ExportedFile } from '../../../src-shared/ipc/channels/csv-export'
import { writeCsv, type Cell, type CsvColumn } from '../../csv/write-csv'
import { zipFolder } from '../../csv/zip-folder'
import { CUSTOMER_DATA, MONEY_COLUMNS } from './customer-data'

/**
 * Writes everything Kehu holds about a customer (and those merged into them) as CSV files —
 * through the app's CSV writer, so cells that look like formulas are guarded — zipped into
 * `zipPath`. The CSVs are written in a private temporary folder that is removed afterwards.
 */
export async function exportCustomerData(
  db: Database.Database,
  ids: readonly number[],
  zipPath: string,
): Promise<ExportedFile[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kehu-customer-'))
  try {
    const list = JSON.stringify(ids)
    const files = CUSTOMER_DATA.map(({ file, sql }) => {
      const statement = db.prepare(sql).raw(true)
      const params = Array.from({ length: sql.split('?').length - 1 }, () => list)
      const rows = statement.all(...params) as Cell[][]
      const columns = statement.columns().map((c, i) => column(c.name, rows, i))
      const written = writeCsv(join(dir, `${file}.csv`), columns, rows, 'utf8bom')
      return { name: written.name, rows: written.rows, sha256: written.sha256 }
    })
    await zipFolder(
      dir,
      files.map((f) => f.name),
      zipPath,
    )
    return files
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Money as exact decimals, numbers as numbers (a negative one is not a formula), the rest as guarded text. */
function column(header: string, rows: Cell[][], index: number): CsvColumn {
  if (MONEY_COLUMNS.has(header)) return { header, kind: 'money' }
  const numeric = rows.some((row) => typeof row[index] === 'number')
  return { header, kind: numeric ? 'number' : 'text' }
}
