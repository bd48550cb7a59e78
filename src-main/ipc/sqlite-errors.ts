import Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'

/**
 * SQLite failures a person can act on. The only other writer of the data file is an import
 * running in its worker (the single-instance lock keeps other Kehu windows out), so a write
 * that still finds the file locked after the busy timeout is told to wait for the import.
 */
export function explainSqliteError(error: unknown): AppError | undefined {
  if (!(error instanceof Database.SqliteError)) return undefined
  if (error.code.startsWith('SQLITE_BUSY') || error.code.startsWith('SQLITE_LOCKED')) return new AppError('job_busy')
  return undefined
}
