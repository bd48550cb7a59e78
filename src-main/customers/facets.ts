import type Database from 'better-sqlite3'
import { prepared } from '../db/sql'

/** Distinct cities and sources of live customers, by index (deleted_at, city|source, …). */
export function customerFacets(db: Database.Database): { cities: string[]; sources: string[] } {
  const distinct = (column: 'city' | 'source'): string[] =>
    prepared(
      db,
      `SELECT DISTINCT ${column} FROM customers WHERE deleted_at IS NULL AND ${column} IS NOT NULL ORDER BY ${column} LIMIT 1000`,
    )
      .pluck()
      .all() as string[]
  return { cities: distinct('city'), sources: distinct('source') }
}
