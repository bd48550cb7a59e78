import type Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import {
  customerListPrefs,
  customerViewState,
  type CustomerListPrefs,
  type ListView,
  type VIEW_LISTS,
} from '../../src-shared/ipc/channels/views'
import { prepared } from '../db/sql'

export type ViewList = (typeof VIEW_LISTS)[number]

interface ViewRecord {
  id: number
  list: ViewList
  name: string
  state: string
  is_default: number
  updated_at: string
  deleted_at: string | null
}

const COLUMNS = 'id, list, name, state, is_default, updated_at, deleted_at'

/**
 * A stored view as the renderer gets it, or null when its state no longer parses (a file from
 * another Kehu version): such a view is left in the file, untouched, and not offered.
 */
function toView(r: ViewRecord): ListView | null {
  const state = customerViewState.safeParse(JSON.parse(r.state))
  if (!state.success) return null
  return { id: r.id, list: r.list, name: r.name, state: state.data, isDefault: r.is_default === 1, updatedAt: r.updated_at }
}

/** The list's live views, oldest first. */
export function liveViews(db: Database.Database, list: ViewList): ListView[] {
  const records = prepared(db, `SELECT ${COLUMNS} FROM list_views WHERE list = ? AND deleted_at IS NULL ORDER BY id`).all(
    list,
  ) as ViewRecord[]
  return records.flatMap((r) => toView(r) ?? [])
}

/** The view (live or in Trash when `deleted`), or `view_not_found`. */
export function requireView(db: Database.Database, id: number, deleted = false): ListView {
  const record = prepared(db, `SELECT ${COLUMNS} FROM list_views WHERE id = ?`).get(id) as ViewRecord | undefined
  const view = record && (record.deleted_at !== null) === deleted ? toView(record) : null
  if (!view) throw new AppError('view_not_found', { id })
  return view
}

/** The list's remembered layout, or null (never saved, or from a Kehu that stored it otherwise). */
export function listPrefs(db: Database.Database, list: ViewList): CustomerListPrefs | null {
  const json = prepared(db, 'SELECT prefs FROM list_prefs WHERE list = ?').pluck().get(list) as string | undefined
  if (json === undefined) return null
  const prefs = customerListPrefs.safeParse(JSON.parse(json))
  return prefs.success ? prefs.data : null
}
