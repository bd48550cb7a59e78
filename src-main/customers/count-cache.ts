import type Database from 'better-sqlite3'
import { prepared } from '../db/sql'

interface Entry {
  version: string
  count: number
}

const caches = new WeakMap<Database.Database, Map<string, Entry>>()
const MAX_ENTRIES = 50

/**
 * `SELECT count(*)` results, reused until the data changes. Scrolling a 100k table asks for
 * the same total on every page; counting 100k index entries each time costs milliseconds.
 * The version combines this connection's `total_changes()` with `PRAGMA data_version`, which
 * moves when another connection (a worker, the importer) commits.
 */
export function cachedCount(db: Database.Database, sql: string, params: Record<string, unknown>): number {
  const version = `${db.pragma('data_version', { simple: true })}:${prepared(db, 'SELECT total_changes()').pluck().get()}`
  const key = `${sql}\n${JSON.stringify(params)}`
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  const hit = cache.get(key)
  if (hit && hit.version === version) return hit.count
  const count = prepared(db, sql).pluck().get(params) as number
  if (cache.size >= MAX_ENTRIES) cache.clear()
  cache.set(key, { version, count })
  return count
}
