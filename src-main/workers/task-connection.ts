import { openDatabase } from '../db'
import type { Access, TaskDb } from './task'

/**
 * Opens the connection a table's tasks run on, with the data file's checks (so once per
 * worker, not per task). `none` opens nothing: those tasks open what they need.
 */
export function openTaskConnection<A extends Access>(access: A, file: string, nativeBinding?: string): TaskDb<A> {
  if (access === 'none') return null as TaskDb<A>
  return openDatabase(file, { readonly: access === 'read-only', nativeBinding }).db as TaskDb<A>
}

/** Closes what `openTaskConnection` opened. */
export function closeTaskConnection(db: TaskDb<Access>): void {
  if (db?.open) db.close()
}
