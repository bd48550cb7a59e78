import type Database from 'better-sqlite3'

/**
 * SQLite has one writer per file. Two rules keep a writer that meets the lock from freezing the
 * main process (better-sqlite3 is synchronous: a write waiting on the lock stalls the event loop):
 *
 * 1. In this process the jobs worker is the only other writer, and the job service knows when a
 *    writing job (an import, an undo) runs: for that long the main connection is `query_only`,
 *    so a write fails inside SQLite at once (measured 0.2 ms) instead of waiting, and reads go on
 *    (WAL). `app/explain-refused-writes.ts` turns that failure into `job_busy`.
 * 2. Against another process (a CLI import of the same file) nothing is known in advance: the
 *    connections that must answer quickly wait at most SHORT_BUSY_TIMEOUT_MS for the lock, long
 *    enough for another writer's commit (an fsync: milliseconds, tens on a slow USB stick), far
 *    shorter than the 5 s that froze the window.
 */
export const SHORT_BUSY_TIMEOUT_MS = 100

/** For the main process's connection and the CLI's: wait briefly for another process's lock. */
export function waitBriefly(db: Database.Database): void {
  db.pragma(`busy_timeout = ${SHORT_BUSY_TIMEOUT_MS}`)
}

/** Why a connection refuses writes: its file is damaged, or a writing job holds the lock. */
export type ReadOnlyReason = 'damaged' | 'writing-job'

// Per connection, like its statement cache; a closed connection's entry goes with it.
const reasons = new WeakMap<Database.Database, Set<ReadOnlyReason>>()

/** Makes `db` refuse writes (`query_only`) until every reason is released. */
export function holdReadOnly(db: Database.Database, reason: ReadOnlyReason): void {
  const held = reasons.get(db) ?? new Set()
  reasons.set(db, held.add(reason))
  apply(db, held)
}

export function releaseReadOnly(db: Database.Database, reason: ReadOnlyReason): void {
  const held = reasons.get(db)
  if (!held?.delete(reason)) return
  apply(db, held)
}

/** True while `reason` keeps `db` read-only. */
export const isReadOnlyFor = (db: Database.Database, reason: ReadOnlyReason): boolean => reasons.get(db)?.has(reason) ?? false

function apply(db: Database.Database, held: ReadonlySet<ReadOnlyReason>): void {
  if (db.open) db.pragma(`query_only = ${held.size > 0 ? 'ON' : 'OFF'}`)
}
