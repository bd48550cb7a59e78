import { mkdtempSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type Database from 'better-sqlite3'
import type { Locale } from '../../src-shared/i18n'
import type { ExportKind, ExportResult, ExportEncoding, HeaderStyle } from '../../src-shared/ipc/channels/csv-export'
import { writeAccountantPack } from './accountant-pack'
import { headers, type ColumnDef, type RowIterator } from './export/columns'
import { exportFileName, type ExportFile } from './export/file-names'
import { customerColumns, customerRows } from './export/customers'
import { orderLineColumns, orderLineRows, type Period } from './export/orders'
import { surveyRequestColumns, surveyRequestRows } from './export/survey-requests'
import { ensureFolder } from './files/ensure-folder'
import { writeCsv } from './write-csv'
import { zipFolder } from './zip-folder'

export interface ExportJob {
  kind: ExportKind
  from?: string
  to?: string
  encoding: ExportEncoding
  headers: HeaderStyle
  /** File names in stable English (the default) or the UI language. */
  fileNames?: HeaderStyle
  locale: Locale
}

/** A period of whole local days as ISO-8601 UTC bounds: [from 00:00, to + 1 day 00:00). */
export function toPeriod(from?: string, to?: string): Period | undefined {
  if (!from && !to) return undefined
  const start = from ? localMidnight(from, 0) : '0000'
  const end = to ? localMidnight(to, 1) : '9999'
  return { from: start, to: end }
}

function localMidnight(day: string, addDays: number): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y, m - 1, d + addDays).toISOString()
}

/** The one-file exports: their columns and rows. */
const TABLES: Record<
  Exclude<ExportKind, 'accountant'>,
  (db: Database.Database, period?: Period) => [ColumnDef[], RowIterator]
> = {
  customers: (db) => [customerColumns, customerRows(db)],
  orders: (db, period) => [orderLineColumns, orderLineRows(db, period)],
  surveyRequests: (db, period) => [surveyRequestColumns, surveyRequestRows(db, period)],
}

const FILE_NAMES: Record<Exclude<ExportKind, 'accountant'>, ExportFile> = {
  customers: 'customers',
  orders: 'orders',
  surveyRequests: 'survey-requests',
}

/**
 * Writes the export's files into `dir` (created if needed). A file of the same name already
 * there is kept: the export's takes the next numbered name (`customers (2).csv`), and the
 * result (and the pack's manifest) names what was written. Each file appears whole or not at
 * all, and a pack that fails part-way removes the files it had written.
 */
export function exportToFolder(db: Database.Database, dir: string, job: ExportJob): ExportResult {
  ensureFolder(dir)
  const period = toPeriod(job.from, job.to)
  const written: string[] = []
  try {
    const fileNames = job.fileNames ?? 'keys'
    if (job.kind === 'accountant') return { files: writeAccountantPack(db, dir, { ...job, fileNames, period, written }) }
    const [defs, rows] = TABLES[job.kind](db, period)
    const {
      name,
      rows: count,
      sha256,
    } = writeCsv(
      join(dir, exportFileName(FILE_NAMES[job.kind], fileNames, job.locale)),
      headers(defs, job.headers, job.locale),
      rows,
      job.encoding,
    )
    return { files: [{ name, rows: count, sha256 }] }
  } catch (error) {
    for (const path of written) rmSync(path, { force: true })
    throw error
  }
}

/** The same files, zipped into `zipPath` (staged in a hidden folder beside it, on the same disk). */
export async function exportToZip(db: Database.Database, zipPath: string, job: ExportJob): Promise<ExportResult> {
  const staging = mkdtempSync(join(dirname(zipPath), '.kehu-export-'))
  try {
    const result = exportToFolder(db, staging, job)
    await zipFolder(
      staging,
      result.files.map((f) => f.name),
      zipPath,
    )
    return result
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}
