import type Database from 'better-sqlite3'

/**
 * Runs `work` as one write transaction: all rows or none. BEGIN IMMEDIATE takes the write
 * lock up front, so a writer never deadlocks upgrading a read lock while a worker reads
 * (in that case SQLite returns BUSY at once, ignoring busy_timeout).
 *
 * `work` must be synchronous: better-sqlite3 transactions are synchronous, and anything
 * awaited inside would run after COMMIT, outside the transaction. A returned Promise is
 * therefore an error and rolls everything back. Nested calls become savepoints.
 */
export function writeTransaction<T>(db: Database.Database, work: (db: Database.Database) => T): T {
  const run = db.transaction(() => {
    const result = work(db)
    if (isThenable(result)) {
      throw new TypeError('writeTransaction: work returned a Promise; do async work before or after')
    }
    return result
  })
  return run.immediate()
}

function isThenable(value: unknown): boolean {
  return typeof (value as { then?: unknown } | null)?.then === 'function'
}
