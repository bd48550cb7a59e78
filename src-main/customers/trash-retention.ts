import type Database from 'better-sqlite3'
import { writeAudit } from '../audit/audit-log'
import { prepared } from '../db/sql'
import { writeTransaction } from '../db/transaction'

/** The Trash keeps deleted customers this many days unless the owner sets another period. */
export const DEFAULT_RETENTION_DAYS = 30
const KEY = 'trashRetentionDays'

/**
 * How long the Trash keeps customers: a row of the `settings` table owned by the customers
 * domain (the Settings page shows it as the Trash section).
 */
export function readRetentionDays(db: Database.Database): number {
  const value = prepared(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined
  return value === undefined ? DEFAULT_RETENTION_DAYS : (JSON.parse(value) as number)
}

/** Stores the period (validated by the channel: a whole number of days, 1 to 3,650), audited like any setting. */
export function writeRetentionDays(db: Database.Database, days: number): number {
  writeTransaction(db, () => {
    const before = readRetentionDays(db)
    prepared(
      db,
      `INSERT INTO settings (key, value) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    ).run(KEY, JSON.stringify(days))
    writeAudit(db, { entity: 'settings', entityId: null, action: 'settings', before: { [KEY]: before }, after: { [KEY]: days } })
  })
  return days
}
