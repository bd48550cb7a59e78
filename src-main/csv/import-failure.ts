import type Database from 'better-sqlite3'
import { diskFullError, isDiskFull, walBytes } from '../db/disk-space'
import { explainSqliteError } from '../ipc/sqlite-errors'

/**
 * An import's failure as the owner should read it, worked out before the rollback: a full disk
 * says how much room the whole import needs — what its transaction had written to the log,
 * scaled from the part of the file read to all of it, twice (the log, then the data file it is
 * copied into) — and a file locked by another import is `job_busy`.
 */
export function importFailure(error: unknown, db: Database.Database, read: number, size: number): unknown {
  if (isDiskFull(error)) return diskFullError(db.name, (2 * walBytes(db.name) * Math.max(size, 1)) / Math.max(read, 1))
  return explainSqliteError(error, db.name) ?? error
}
