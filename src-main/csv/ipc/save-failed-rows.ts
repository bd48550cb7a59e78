import { translate, type Locale } from '../../../src-shared/i18n'
import type { ExportEncoding } from '../../../src-shared/ipc/channels/csv-export'
import { writeCsv, type CsvColumn } from '../write-csv'
import { writingTo } from './export-job'
import type { ImportJobOutput } from './import-job'

/**
 * The failed rows as the user gave them, between their row number and the reasons, so they
 * can fix them in Excel and import just that file again (the extra columns are not mapped).
 */
export function saveFailedRows(
  path: string,
  failed: ImportJobOutput['failed'],
  locale: Locale,
  encoding: ExportEncoding,
): Promise<void> {
  const columns: CsvColumn[] = [
    { header: translate(locale, 'csv.import.row'), kind: 'number' },
    ...failed.header.map((header) => ({ header, kind: 'text' as const })),
    { header: translate(locale, 'csv.import.reason'), kind: 'text' },
  ]
  return writingTo(path, () => {
    writeCsv(
      path,
      columns,
      failed.rows.map((r) => [r.row, ...r.cells, r.reasons]),
      encoding,
      { replace: true }, // the save dialog asked before replacing a file
    )
  })
}
