import type Database from 'better-sqlite3'

/**
 * Connection settings applied on every open.
 * - WAL: readers (worker threads) never block the writer; crash-safe.
 * - synchronous=FULL: a committed sale survives a power cut (NORMAL could lose the last
 *   transactions in WAL mode); the cost is one extra fsync per commit, fine for a shop.
 * - foreign_keys: off by default in SQLite, per connection.
 * - cache 64 MiB, temp tables in memory, 128 MiB mmap: faster reads on large tables. mmap is
 *   kept moderate because an I/O error on a mapped page (e.g. a removed USB drive) is a
 *   crash rather than an error.
 */
export function configureConnection(db: Database.Database, opts: { readonly: boolean }): void {
  if (!opts.readonly) {
    // journal_mode needs a write; a read-only connection inherits WAL from the file.
    db.pragma('journal_mode = WAL')
  }
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.pragma('cache_size = -65536')
  db.pragma('temp_store = MEMORY')
  db.pragma('mmap_size = 134217728')
}
