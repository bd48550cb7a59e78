import type Database from 'better-sqlite3'
import { describeKept, type KeptRecord, type UndoResult } from '../../../src-shared/domain/import-undo'
import { translate, type Locale } from '../../../src-shared/i18n'
import { AppError } from '../../../src-shared/ipc/app-error'
import { writeAudit } from '../../audit/audit-log'
import { writeTransaction } from '../../db'
import { prepared } from '../../db/sql'
import { findDependents, type Dependents } from './dependents'
import { loadImportRows, rowKey, type Change } from './import-rows'
import { firstNames, recordName } from './labels'
import { keptRows } from './keep'
import { ident as q, referenceGraph, type Reference, type ReferenceGraph } from './references'
import { restoreRow } from './restore'

/**
 * Undoes an import in one transaction without ever deleting the owner's work since:
 * - a later import that builds on its records (orders of its customers or products, an update
 *   of its rows) → refused, naming that import: undo it first;
 * - a record it created that the owner's records now point at (a call or note, a tag, a task,
 *   an order, deal or ticket made by hand, a campaign or segment membership, a customer merged
 *   into it) or that was merged into another customer → kept, with what holds it, in the result;
 * - a record it created or updated that was edited since → refused, naming it (the edit may be
 *   a fix of the import or a reason to keep it: the owner decides);
 * - everything else: what it created is removed, what it updated gets its old values back.
 * A foreign key that still fails (a table nobody anticipated) is named, never `internal`.
 */
export function undoImport(db: Database.Database, importId: number, locale: Locale = 'en'): UndoResult {
  return writeTransaction(db, () => {
    const rows = loadImportRows(db, importId)
    const graph = referenceGraph(db)
    const dependents = findDependents(db, rows, graph)
    refuseLaterImports(db, dependents)
    const kept = keptRows(db, rows, dependents, graph)
    const keptKeys = new Set(kept.map((k) => rowKey(k.table, k.id)))
    const undone = rows.changes.filter((c) => c.action === 'updated' || !keptKeys.has(rowKey(c.table_name, c.row_id)))
    assertUnchanged(db, undone)
    let removed = 0
    let restored = 0
    for (const change of undone) {
      if (change.action === 'created') removed += deleteRow(db, change, graph, locale)
      else {
        restoreRow(db, change.table_name, JSON.parse(change.before ?? '{}') as Record<string, unknown>)
        restored++
      }
    }
    prepared(db, `UPDATE imports SET status = 'undone', undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(
      importId,
    )
    const result: UndoResult = kept.length > 0 ? { removed, restored, kept } : { removed, restored }
    writeAudit(db, { entity: 'import', entityId: importId, action: 'undo', after: auditOf(result) })
    return result
  })
}

function refuseLaterImports(db: Database.Database, { later }: Dependents): void {
  if (later.size === 0) return
  const imports = [...later.keys()].map(
    (id) => prepared(db, 'SELECT file_name FROM imports WHERE id = ?').pluck().get(id) as string,
  )
  const names = [...new Set([...later.values()].flatMap((keys) => [...keys]))].map((key) => {
    const at = key.lastIndexOf(':')
    return recordName(db, key.slice(0, at), Number(key.slice(at + 1)))
  })
  throw new AppError('import_undo_later_import', { imports: imports.join(', '), count: names.length, list: firstNames(names) })
}

function assertUnchanged(db: Database.Database, changes: readonly Change[]): void {
  const changed: string[] = []
  for (const c of changes) {
    const row = prepared(db, `SELECT updated_at FROM ${c.table_name} WHERE id = ?`).get(c.row_id) as
      { updated_at: string } | undefined
    if (row && row.updated_at === c.after_updated_at) continue
    changed.push(recordName(db, c.table_name, c.row_id))
  }
  if (changed.length > 0) throw new AppError('import_undo_conflict', { count: changed.length, list: firstNames(changed) })
}

/**
 * Deletes one created row. Every reference was checked above, so a foreign-key failure means a
 * table the check could not see: it is named (with what still points at the row) and the whole
 * undo rolls back.
 */
function deleteRow(
  db: Database.Database,
  { table_name: table, row_id: id }: Change,
  graph: ReferenceGraph,
  locale: Locale,
): number {
  try {
    return prepared(db, `DELETE FROM ${table} WHERE id = ?`).run(id).changes
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') throw error
    const holds = graph
      .into(table)
      .map((r) => ({ table: r.table, count: pointing(db, r, id) }))
      .filter((h) => h.count > 0)
    const blocked: KeptRecord = { table, id, name: recordName(db, table, id), holds }
    throw new AppError('import_undo_blocked', { list: describeKept([blocked], (key, params) => translate(locale, key, params)) })
  }
}

/** How many rows of `r.table` point at row `id` of `r.parent` (1 when a key of several columns may). */
function pointing(db: Database.Database, r: Reference, id: number): number {
  if (r.column === null) return 1
  const sql = `SELECT count(*) FROM ${q(r.table)} d JOIN ${q(r.parent)} p ON p.${q(r.parentColumn)} = d.${q(r.column)} WHERE p.id = ?`
  return prepared(db, sql).pluck().get(id) as number
}

/** What the audit row keeps: counts, and the kept records by table and id. */
function auditOf(result: UndoResult): Record<string, unknown> {
  return { ...result, kept: result.kept?.map(({ table, id, holds }) => ({ table, id, holds })) }
}
