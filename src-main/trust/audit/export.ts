import type Database from 'better-sqlite3'
import { translate, type Locale } from '../../../src-shared/i18n'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { AuditFilter } from '../../../src-shared/ipc/channels/audit'
import type { ExportedFile } from '../../../src-shared/ipc/channels/csv-export'
import { writeCsv, type Cell, type CsvColumn } from '../../csv/write-csv'
import type { TaskEnv } from '../../workers/task'
import { auditRows } from './query'

const HEADERS = ['at', 'entity', 'entityId', 'action', 'before', 'after'] as const
/** Progress is reported (and Cancel checked) once per this many rows. */
const STEP = 5000

/**
 * The filtered log as CSV through the app's writer (formula guard, atomic file: a cancelled
 * export leaves no file): the time in local time, the record kind and action in the owner's
 * language, before/after as logged JSON. `total` is the count progress is reported against.
 */
export function exportAudit(
  db: Database.Database,
  filter: AuditFilter,
  path: string,
  locale: Locale,
  progress: { total: number; env: TaskEnv },
): ExportedFile {
  const columns: CsvColumn[] = HEADERS.map((key) => ({
    header: translate(locale, `audit.columns.${key}`),
    kind: key === 'at' ? 'datetime' : key === 'entityId' ? 'number' : 'text',
  }))
  const { total, env } = progress
  const rows = (function* (): Generator<Cell[]> {
    let done = 0
    for (const row of auditRows(db, filter)) {
      yield [
        row.at,
        translate(locale, `audit.entities.${row.entity}`),
        row.entityId,
        translate(locale, `audit.actions.${row.action}`),
        row.before,
        row.after,
      ]
      if (++done % STEP === 0) {
        if (env.isCancelled()) throw new AppError('cancelled')
        env.progress(done, total, 'write')
      }
    }
  })()
  const written = writeCsv(path, columns, rows, 'utf8bom', { replace: true })
  return { name: written.name, rows: written.rows, sha256: written.sha256 }
}
