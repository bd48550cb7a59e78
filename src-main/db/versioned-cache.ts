import type Database from 'better-sqlite3'
import { dataVersion } from './data-version'

const MAX_ENTRIES = 50

/**
 * Answers reused until the data changes (`dataVersion`): a list's total or its sums over a
 * hundred thousand rows are asked again for every page scrolled, and nothing changed between.
 * One per backend (a domain's service), for the connection it computed on.
 */
export class VersionedCache {
  private readonly entries = new Map<string, { version: string; value: unknown }>()

  get<T>(db: Database.Database, key: string, compute: () => T): T {
    const version = dataVersion(db)
    const hit = this.entries.get(key)
    if (hit && hit.version === version) return hit.value as T
    const value = compute()
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear()
    this.entries.set(key, { version, value })
    return value
  }
}
