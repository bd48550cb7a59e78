import type Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import { prepared } from './sql'

/**
 * Refuses an edit made on a stale copy: the row's `updated_at` must still be the one the editor
 * was shown (a refresh, another window or an import may have changed it since). Every module's
 * edits call this inside their transaction, so the check and the write see the same row.
 * A missing row is the caller's to report (it knows the entity's not-found message).
 */
export function assertNotStale(db: Database.Database, table: string, id: number, seenUpdatedAt: string): void {
  const current = prepared(db, `SELECT updated_at FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined
  if (current !== undefined && current !== seenUpdatedAt) throw new AppError('stale_edit', { current })
}
