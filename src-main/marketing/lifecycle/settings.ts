import type Database from 'better-sqlite3'
import { prepared } from '../../db/sql'
import { DEFAULT_LAPSED_DAYS } from './stage-sql'

/** The settings key of the owner's "lapsed after N days" (a JSON number in `settings`). */
export const LAPSED_DAYS_KEY = 'lifecycle.lapsedDays'

export function lapsedDays(db: Database.Database): number {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(LAPSED_DAYS_KEY) as string | undefined
  return row === undefined ? DEFAULT_LAPSED_DAYS : (JSON.parse(row) as number)
}
