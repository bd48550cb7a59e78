import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import type { Locale } from '../../src-shared/i18n'
import type { ExportKind, ExportResult, ExportEncoding, HeaderStyle } from '../../src-shared/ipc/channels/csv-export'
import { writeAccountantPack } from './accountant-pack'
import { headers } from './export/columns'
import { exportFileName } from './export/file-names'
import { customerColumns, customerRows } from './export/customers'
import { orderLineColumns, orderLineRows, type Period } from './export/orders'
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

/** Writes the export's files into `dir` (created if needed). */
export function exportToFolder(db: Database.Database, dir: string, job: ExportJob): ExportResult {
  mkdirSync(dir, { recursive: true })
  const period = toPeriod(job.from, job.to)
  const fileNames = job.fileNames ?? 'keys'
  if (job.kind === 'accountant') return { files: writeAccountantPack(db, dir, { ...job, fileNames, period }) }
  const [defs, rows] =
    job.kind === 'customers' ? [customerColumns, customerRows(db)] : [orderLineColumns, orderLineRows(db, period)]
  const {
    name,
    rows: count,
    sha256,
  } = writeCsv(
    join(dir, exportFileName(job.kind, fileNames, job.locale)),
    headers(defs, job.headers, job.locale),
    rows,
    job.encoding,
  )
  return { files: [{ name, rows: count, sha256 }] }
}

/** The same files, zipped into `zipPath` (staged in a temporary folder). */
export async function exportToZip(db: Database.Database, zipPath: string, job: ExportJob): Promise<ExportResult> {
  const staging = mkdtempSync(join(tmpdir(), 'kehu-export-'))
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
