import type Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import type { CustomerListPrefs, CustomerViewState } from '../../src-shared/ipc/channels/views'
import { insertRow, NEXT_UPDATED_AT, prepared, updateRow } from '../db/sql'
import { requireView, type ViewList } from './queries'

export interface ViewFields {
  name: string
  state: CustomerViewState
  isDefault: boolean
}

/** Creates a view; returns its id. Callers own the transaction, audit row and event. */
export function createView(db: Database.Database, list: ViewList, fields: ViewFields): number {
  guardName(db, list, fields.name)
  if (fields.isDefault) clearDefault(db, list)
  return insertRow(db, 'list_views', {
    list,
    name: fields.name,
    state: JSON.stringify(fields.state),
    is_default: fields.isDefault ? 1 : 0,
  })
}

/** Applies the given fields of a live view (absent ones stay). */
export function updateView(db: Database.Database, id: number, patch: Partial<ViewFields>): void {
  const view = requireView(db, id)
  if (patch.name !== undefined) guardName(db, view.list, patch.name, id)
  if (patch.isDefault) clearDefault(db, view.list)
  updateRow(db, 'list_views', id, {
    name: patch.name,
    state: patch.state === undefined ? undefined : JSON.stringify(patch.state),
    is_default: patch.isDefault === undefined ? undefined : patch.isDefault ? 1 : 0,
  })
}

/** Moves a live view to Trash (a deleted default stops being the default). */
export function deleteView(db: Database.Database, id: number): void {
  requireView(db, id)
  prepared(
    db,
    `UPDATE list_views SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), is_default = 0,
       updated_at = ${NEXT_UPDATED_AT} WHERE id = ?`,
  ).run(id)
}

/** Brings a deleted view back, unless a live view has taken its name since. */
export function restoreView(db: Database.Database, id: number): void {
  const view = requireView(db, id, true)
  guardName(db, view.list, view.name, id)
  updateRow(db, 'list_views', id, { deleted_at: null })
}

/** Remembers a list's layout (sort, columns, widths), replacing the last one. */
export function savePrefs(db: Database.Database, list: ViewList, prefs: CustomerListPrefs): void {
  prepared(
    db,
    `INSERT INTO list_prefs (list, prefs) VALUES (?, ?)
     ON CONFLICT (list) DO UPDATE SET prefs = excluded.prefs, updated_at = ${NEXT_UPDATED_AT}`,
  ).run(list, JSON.stringify(prefs))
}

/** A live view's name is unique in its list, whatever the case ("VIP" and "vip" are one name). */
function guardName(db: Database.Database, list: ViewList, name: string, exceptId = 0): void {
  const taken = prepared(
    db,
    'SELECT 1 FROM list_views WHERE list = ? AND name = ? COLLATE NOCASE AND deleted_at IS NULL AND id <> ?',
  ).get(list, name, exceptId)
  if (taken) throw new AppError('view_name_taken', { name })
}

function clearDefault(db: Database.Database, list: ViewList): void {
  prepared(db, 'UPDATE list_views SET is_default = 0 WHERE list = ? AND is_default = 1').run(list)
}
