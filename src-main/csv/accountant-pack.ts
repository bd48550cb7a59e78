import type Database from 'better-sqlite3'
import { translate, type Locale } from '../../src-shared/i18n'
import type { ExportEncoding, ExportedFile, HeaderStyle } from '../../src-shared/ipc/channels/csv-export'
import { customerColumns, customerRows } from './export/customers'
import { headers, type ColumnDef, type RowIterator } from './export/columns'
import { exportFileName, type ExportFile } from './export/file-names'
import { journalColumns, journalRows, orderLineColumns, orderLineRows, type Period } from './export/orders'
import { reversalColumns, reversalRows } from './export/reversals'
import { writeManifest, type ManifestEntry } from './manifest'
import { writeCsv } from './write-csv'
import { join } from 'node:path'

export interface PackOptions {
  period?: Period
  encoding: ExportEncoding
  headers: HeaderStyle
  /** File names in stable English or the UI language. */
  fileNames: HeaderStyle
  locale: Locale
  /** Collects each file's path as it is written (see write-csv.ts). */
  written?: string[]
}

interface PackFile {
  name: string
  defs: ColumnDef[]
  rows: RowIterator
  /** Which column's total goes into the manifest. */
  amountKey?: string
}

/**
 * The month's (or quarter's) books for the accountant: sales journal, order lines, refunds and
 * cancellations, customers, and a manifest of row counts, amount totals and checksums.
 */
export function writeAccountantPack(db: Database.Database, dir: string, options: PackOptions): ExportedFile[] {
  const { period } = options
  const name = (file: ExportFile): string => exportFileName(file, options.fileNames, options.locale)
  const files: PackFile[] = [
    { name: name('sales-journal'), defs: journalColumns, rows: journalRows(db, period), amountKey: 'total' },
    { name: name('order-lines'), defs: orderLineColumns, rows: orderLineRows(db, period), amountKey: 'lineTotal' },
    { name: name('refunds-cancellations'), defs: reversalColumns, rows: reversalRows(db, period), amountKey: 'total' },
    { name: name('customers'), defs: customerColumns, rows: customerRows(db, period) },
  ]
  const entries: ManifestEntry[] = files.map((file) => {
    const index = file.defs.findIndex((d) => d.key === file.amountKey)
    let amount: number | null = index < 0 ? null : 0
    const counted = (function* () {
      for (const row of file.rows) {
        if (amount !== null) amount += Number(row[index])
        yield row
      }
    })()
    const written = writeCsv(
      join(dir, file.name),
      headers(file.defs, options.headers, options.locale),
      counted,
      options.encoding,
      {
        written: options.written,
      },
    )
    return { name: written.name, rows: written.rows, sha256: written.sha256, amount }
  })
  const labels = ['file', 'rows', 'amount', 'sha256'].map((k) =>
    options.headers === 'keys' ? k : translate(options.locale, `csv.export.manifest.${k}`),
  )
  const manifest = writeManifest(join(dir, name('manifest')), entries, labels, options.encoding, options.written)
  return [...entries.map(({ name, rows, sha256 }) => ({ name, rows, sha256 })), manifest]
}
