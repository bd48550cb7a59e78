import type Database from 'better-sqlite3'
import { prepared } from '../../db/sql'
import { DEFAULT_LAPSED_DAYS } from './stage-sql'

/** The settings key of the owner's "lapsed after N days" (a JSON number in `settings`). */
export const LAPSED_DAYS_KEY = 'lifecycle.lapsedDays'

export function lapsedDays(db: Database.Database): number {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(LAPSED_DAYS_KEY) as string | undefined
  return row === undefined ? DEFAULT_LAPSED_DAYS : (JSON.parse(row) as number)
}

/** Stores the owner's lapsed days. Callers own the transaction, the audit row and the event. */
export function writeLapsedDays(db: Database.Database, days: number): void {
  prepared(
    db,
    `INSERT INTO settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(LAPSED_DAYS_KEY, JSON.stringify(days))
}
