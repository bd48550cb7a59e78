import type Database from 'better-sqlite3'

// A statement belongs to its connection: compiled once per connection (workers' ones too).
const statements = new WeakMap<Database.Database, Database.Statement>()

/**
 * Changes whenever committed data may have changed, cheaply (two counters, no table reads):
 * `total_changes()` counts rows this connection — the one every handler writes through — has
 * changed since it opened; `PRAGMA data_version` moves when any OTHER connection commits (an
 * import's own connection, another process). Either alone misses one of the two. It is
 * conservative: a settings change also moves it and merely costs a recomputation.
 */
export function dataVersion(db: Database.Database): string {
  let totalChanges = statements.get(db)
  if (!totalChanges) statements.set(db, (totalChanges = db.prepare('SELECT total_changes()').pluck()))
  return `${db.pragma('data_version', { simple: true })}:${totalChanges.get()}`
}
