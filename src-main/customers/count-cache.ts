import type Database from 'better-sqlite3'
import { dataVersion } from '../db/data-version'
import { defineService } from '../ipc/backend-services'
import { prepared } from '../db/sql'

interface Entry {
  version: string
  count: number
}

const MAX_ENTRIES = 50

/**
 * `SELECT count(*)` results, reused until the data changes. Scrolling a 100k table asks for
 * the same total on every page; counting 100k index entries each time costs milliseconds.
 * Valid for one data version of the connection it counted on (../db/data-version.ts).
 */
export class CountCache {
  private readonly entries = new Map<string, Entry>()

  count(db: Database.Database, sql: string, params: Record<string, unknown>): number {
    const version = dataVersion(db)
    const key = `${sql}\n${JSON.stringify(params)}`
    const hit = this.entries.get(key)
    if (hit && hit.version === version) return hit.count
    const count = prepared(db, sql).pluck().get(params) as number
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear()
    this.entries.set(key, { version, count })
    return count
  }
}

/** The customer list's totals, one cache per backend. */
export const customerCounts = defineService('customers.counts', () => new CountCache())
