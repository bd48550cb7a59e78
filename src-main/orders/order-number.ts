import type Database from 'better-sqlite3'
import { prepared } from '../db/sql'

/**
 * The next number for an order made at `at`: `S` + the shop's local date + a sequence of the
 * day (`S20261125-0007`), so numbers read as dates and sort within a day. Imported and seeded
 * orders keep their own numbers (the seed's `SO…` never collide with these).
 */
export function nextOrderNumber(db: Database.Database, at: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  const prefix = `S${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-`
  // '.' sorts right after '-': the range holds exactly this day's numbers, on the unique index.
  const numbers = prepared(db, 'SELECT number FROM orders WHERE number > ? AND number < ?')
    .pluck()
    .all(prefix, `${prefix.slice(0, -1)}.`) as string[]
  let last = 0
  for (const number of numbers) last = Math.max(last, Number(number.slice(prefix.length)) || 0)
  return `${prefix}${String(last + 1).padStart(4, '0')}`
}
