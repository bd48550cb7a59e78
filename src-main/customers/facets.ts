import type Database from 'better-sqlite3'
import { prepared } from '../db/sql'

/**
 * Distinct cities and sources of live customers, up to 1,000 each. A skip scan of the index
 * (deleted_at, city|source, …): each step seeks the next value greater than the last, so the
 * cost follows the number of distinct values (tens), not of customers (a DISTINCT walked all
 * 100,000 index entries, ~20 ms each).
 */
export function customerFacets(db: Database.Database): { cities: string[]; sources: string[] } {
  const distinct = (column: 'city' | 'source'): string[] =>
    prepared(
      db,
      `WITH RECURSIVE v(x) AS (
         SELECT (SELECT min(${column}) FROM customers WHERE deleted_at IS NULL AND ${column} IS NOT NULL)
         UNION ALL
         SELECT (SELECT min(${column}) FROM customers WHERE deleted_at IS NULL AND ${column} > v.x) FROM v
         WHERE v.x IS NOT NULL LIMIT 1001)
       SELECT x FROM v WHERE x IS NOT NULL LIMIT 1000`,
    )
      .pluck()
      .all() as string[]
  return { cities: distinct('city'), sources: distinct('source') }
}
