import type Database from 'better-sqlite3'

export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'merge' | 'import' | 'undo' | 'settings'

export interface AuditEntry {
  entity: string
  entityId: number | null
  action: AuditAction
  /** The record (or the changed part) before and after; stored as JSON. */
  before?: unknown
  after?: unknown
}

/** Appends one audit row. Call it inside the write's transaction so both commit or neither. */
export function writeAudit(db: Database.Database, entry: AuditEntry): void {
  db.prepare('INSERT INTO audit_log (entity, entity_id, action, before, after) VALUES (?, ?, ?, ?, ?)').run(
    entry.entity,
    entry.entityId,
    entry.action,
    toJson(entry.before),
    toJson(entry.after),
  )
}

/**
 * One audit row per id for a bulk action (delete/restore 10,000 customers), written by a single
 * INSERT … SELECT instead of 10,000 statements.
 */
export function writeAuditMany(
  db: Database.Database,
  entry: Omit<AuditEntry, 'entityId'> & { entityIds: readonly number[] },
): void {
  db.prepare(
    `INSERT INTO audit_log (entity, entity_id, action, before, after)
     SELECT ?, value, ?, ?, ? FROM json_each(?)`,
  ).run(entry.entity, entry.action, toJson(entry.before), toJson(entry.after), JSON.stringify(entry.entityIds))
}

function toJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value)
}
