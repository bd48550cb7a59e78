import type Database from 'better-sqlite3'
import type { AuditFilter, AuditRow } from '../../../src-shared/ipc/channels/audit'
import { prepared } from '../../db/sql'

interface Stored {
  id: number
  at: string
  entity: string
  entityId: number | null
  action: AuditRow['action']
  before: string | null
  after: string | null
}

/** The WHERE clause and its parameters for a filter (text matched in the logged JSON). */
function where(filter: AuditFilter): { sql: string; params: string[] } {
  const parts: string[] = []
  const params: string[] = []
  const add = (sql: string, value: string | undefined): void => {
    if (value === undefined || value === '') return
    parts.push(sql)
    params.push(value)
  }
  add('entity = ?', filter.entity)
  add('action = ?', filter.action)
  add('at >= ?', filter.from)
  add('at < ?', filter.to)
  if (filter.text !== undefined && filter.text.trim() !== '') {
    // JSON escapes non-ASCII only when asked to; SQLite's LIKE folds ASCII case only.
    const pattern = `%${filter.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    parts.push(`(coalesce(before, '') LIKE ? ESCAPE '\\' OR coalesce(after, '') LIKE ? ESCAPE '\\' OR entity LIKE ? ESCAPE '\\')`)
    params.push(pattern, pattern, pattern)
  }
  return { sql: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, params }
}

const COLUMNS = 'id, at, entity, entity_id AS entityId, action, before, after'

/** A page of the log, newest first, and how many rows match. */
export function listAudit(
  db: Database.Database,
  filter: AuditFilter & { offset: number; limit: number },
): { rows: AuditRow[]; total: number } {
  const { sql, params } = where(filter)
  const rows = prepared(db, `SELECT ${COLUMNS} FROM audit_log ${sql} ORDER BY id DESC LIMIT ? OFFSET ?`).all(
    ...params,
    filter.limit,
    filter.offset,
  ) as Stored[]
  return { rows: rows.map(parse), total: countAudit(db, filter) }
}

/** How many rows match. */
export function countAudit(db: Database.Database, filter: AuditFilter): number {
  const { sql, params } = where(filter)
  return prepared(db, `SELECT count(*) FROM audit_log ${sql}`)
    .pluck()
    .get(...params) as number
}

/** Every matching row, newest first, as the CSV export reads them (one at a time). */
export function* auditRows(db: Database.Database, filter: AuditFilter): Generator<Stored> {
  const { sql, params } = where(filter)
  yield* db.prepare(`SELECT ${COLUMNS} FROM audit_log ${sql} ORDER BY id DESC`).iterate(...params) as Iterable<Stored>
}

/** The kinds of record the log holds. */
export function auditEntities(db: Database.Database): string[] {
  return prepared(db, 'SELECT DISTINCT entity FROM audit_log ORDER BY entity').pluck().all() as string[]
}

function parse(row: Stored): AuditRow {
  return {
    ...row,
    before: row.before === null ? null : JSON.parse(row.before),
    after: row.after === null ? null : JSON.parse(row.after),
  }
}
