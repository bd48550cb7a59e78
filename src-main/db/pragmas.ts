import type Database from 'better-sqlite3'

/**
 * What a connection is for, which decides how much memory SQLite may keep for it:
 * - `interactive` (the main connection): list pages, search and edits, read again and again, so
 *   a 64 MiB page cache and a 128 MiB memory map keep them warm for the whole session.
 * - `bulk` (worker connections: analyses, imports, exports): one pass over big tables, where
 *   SQLite's own cache barely helps (the OS caches the file) but costs the most: a worker's
 *   page cache is allocated from its thread's malloc arena, which glibc keeps after the thread
 *   ends (64 MiB cache: 86 MB still resident after terminate; 8 MiB: 11 MB). Mapped pages count
 *   in the process's resident memory too. Measured on a 1M-line shop, 8 MiB without a map scans
 *   as fast (src-main/insights/README.md).
 */
export type ConnectionUse = 'interactive' | 'bulk'

const CACHE_KIB: Record<ConnectionUse, number> = { interactive: 65_536, bulk: 8192 }
const MMAP_BYTES: Record<ConnectionUse, number> = { interactive: 134_217_728, bulk: 0 }

/**
 * Connection settings applied on every open.
 * - WAL: readers (worker threads) never block the writer; crash-safe.
 * - synchronous=FULL: a committed sale survives a power cut (NORMAL could lose the last
 *   transactions in WAL mode); the cost is one extra fsync per commit, fine for a shop.
 * - foreign_keys: off by default in SQLite, per connection.
 * - busy timeout; temp tables in memory; page cache and memory map by `use` (above). The map
 *   is kept moderate because an I/O error on a mapped page (e.g. a removed USB drive) is a
 *   crash rather than an error.
 * - secure_delete: deleted rows are overwritten with zeros, so a customer deleted for good or
 *   erased on request leaves no bytes in the file (the WAL's old frames go at the checkpoint
 *   that follows, trust/privacy/wipe.ts).
 */
export function configureConnection(db: Database.Database, opts: { readonly: boolean; use?: ConnectionUse }): void {
  const use = opts.use ?? 'interactive'
  if (!opts.readonly) {
    // journal_mode needs a write; a read-only connection inherits WAL from the file.
    db.pragma('journal_mode = WAL')
  }
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  db.pragma('secure_delete = ON')
  db.pragma(`cache_size = -${CACHE_KIB[use]}`)
  db.pragma('temp_store = MEMORY')
  db.pragma(`mmap_size = ${MMAP_BYTES[use]}`)
}
