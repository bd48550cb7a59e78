import type Database from 'better-sqlite3'
import { translate, type Locale } from '../../../src-shared/i18n'
import type { AuditFilter } from '../../../src-shared/ipc/channels/audit'
import type { ExportedFile } from '../../../src-shared/ipc/channels/csv-export'
import { writeCsv, type Cell, type CsvColumn } from '../../csv/write-csv'
import { auditRows } from './query'

const HEADERS = ['at', 'entity', 'entityId', 'action', 'before', 'after'] as const

/**
 * The filtered log as CSV through the app's writer (formula guard, atomic file): the time in
 * local time, the record kind and action in the owner's language, before/after as logged JSON.
 */
export function exportAudit(db: Database.Database, filter: AuditFilter, path: string, locale: Locale): ExportedFile {
  const columns: CsvColumn[] = HEADERS.map((key) => ({
    header: translate(locale, `audit.columns.${key}`),
    kind: key === 'at' ? 'datetime' : key === 'entityId' ? 'number' : 'text',
  }))
  const rows = (function* (): Generator<Cell[]> {
    for (const row of auditRows(db, filter)) {
      yield [
        row.at,
        translate(locale, `audit.entities.${row.entity}`),
        row.entityId,
        translate(locale, `audit.actions.${row.action}`),
        row.before,
        row.after,
      ]
    }
  })()
  const written = writeCsv(path, columns, rows, 'utf8bom', { replace: true })
  return { name: written.name, rows: written.rows, sha256: written.sha256 }
}
