import type Database from 'better-sqlite3'
import type { ImportCounts, ImportHistoryEntry, ImportKind } from '../../../src-shared/ipc/channels/csv-import'

interface Row {
  id: number
  kind: ImportKind
  file_name: string
  started_at: string
  status: 'committed' | 'undone'
  counts: string
}

/** The latest committed imports, newest first (dry runs roll back and leave no entry). */
export function importHistory(db: Database.Database, limit: number): ImportHistoryEntry[] {
  const rows = db
    .prepare('SELECT id, kind, file_name, started_at, status, counts FROM imports ORDER BY id DESC LIMIT ?')
    .all(limit) as Row[]
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    startedAt: r.started_at,
    status: r.status,
    counts: JSON.parse(r.counts) as Partial<ImportCounts>,
  }))
}
