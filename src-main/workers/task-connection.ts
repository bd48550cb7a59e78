import { openDatabase } from '../db'
import type { DataKey } from '../db/cipher'
import type { Access, TaskDb } from './task'

/**
 * Opens the connection a table's tasks run on (once per worker, not per task), sized for bulk
 * work (src-main/db/pragmas.ts). A `read-write` worker runs the data file's full check first:
 * it may write. A `read-only` one runs the cheap checks only (header, application id, schema
 * version): the main process owns the file's `quick_check` (before a migration, or deferred
 * right after opening, turning every write off on damage), and a read-only worker that ends
 * when idle would otherwise read the whole file again at each start (0.4–1 s at 330 MB).
 * `none` opens nothing: those tasks open what they need.
 */
export function openTaskConnection<A extends Access>(access: A, file: string, nativeBinding?: string, key?: DataKey): TaskDb<A> {
  if (access === 'none') return null as TaskDb<A>
  const readonly = access === 'read-only'
  return openDatabase(file, { readonly, nativeBinding, key, use: 'bulk', integrity: readonly ? 'deferred' : 'before' })
    .db as TaskDb<A>
}

/** Closes what `openTaskConnection` opened. */
export function closeTaskConnection(db: TaskDb<Access>): void {
  if (db?.open) db.close()
}
