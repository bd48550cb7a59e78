import Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import { diskFullError, isDiskFull, walBytes } from '../db/disk-space'

/**
 * SQLite failures a person can act on, as translated errors:
 * - the file is locked by another writer — in this process only an import or an undo in the
 *   jobs worker, elsewhere a CLI import (the single-instance lock keeps other Kehu windows out) —
 *   so the write is told to wait for the import (`job_busy`);
 * - the disk is full (`disk_full`, estimating the room needed from what the failed transaction
 *   had written to the log, at least 1 MB);
 * - a row another still points at (`record_in_use`).
 */
export function explainSqliteError(error: unknown, dataFile?: string): AppError | undefined {
  if (!(error instanceof Database.SqliteError)) return undefined
  if (error.code.startsWith('SQLITE_BUSY') || error.code.startsWith('SQLITE_LOCKED')) return new AppError('job_busy')
  if (isDiskFull(error) && dataFile) return diskFullError(dataFile, 2 * walBytes(dataFile))
  if (error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new AppError('record_in_use')
  return undefined
}
