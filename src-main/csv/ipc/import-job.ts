import type Database from 'better-sqlite3'
import type { Locale } from '../../../src-shared/i18n'
import type { ImportReport, ImportSettings } from '../../../src-shared/ipc/channels/csv-import'
import type { TaskEnv } from '../../workers/task'
import { FailedRows } from '../failed-rows'
import { importFile } from '../import-file'

export interface ImportJobInput {
  file: string
  fileName: string
  settings: ImportSettings
  dryRun: boolean
  locale: Locale
}

export interface ImportJobOutput {
  report: ImportReport
  /** The failed rows with reasons, for "download the failed rows". */
  failed: { header: string[]; rows: FailedRows['rows'] }
}

/** The import pipeline as a job: progress in bytes read, cancel checked between batches. */
export async function importJob(db: Database.Database, input: ImportJobInput, env: TaskEnv): Promise<ImportJobOutput> {
  const failedRows = new FailedRows()
  const report = await importFile(db, {
    ...input,
    failedRows,
    onProgress: (done, total) => env.progress(done, total, input.dryRun ? 'check' : 'import'),
    isCancelled: env.isCancelled,
  })
  return { report, failed: { header: failedRows.header, rows: failedRows.rows } }
}
