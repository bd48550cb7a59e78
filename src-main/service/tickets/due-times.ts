import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { ServiceSettings } from '../../../src-shared/domain/service-settings'
import type { TicketPriority } from '../../../src-shared/domain/ticket-types'
import { prepared } from '../../db/sql'
import { writeTransaction } from '../../db/transaction'
import { readServiceSettings } from '../settings/service-settings'
import { dueAtOf, readSla } from './clock-view'
import { clockEventsWhere } from './ticket-log'
import { later, nowIso } from './ticket-sync'

/** Where the basis of the cached due times is kept: what they were computed with. */
const BASIS_KEY = 'service.dueBasis'

/** The targets and calendar the due times depend on, as one fingerprint. */
const basisOf = (settings: ServiceSettings): string =>
  createHash('sha256')
    .update(JSON.stringify([settings.policies, settings.calendar]))
    .digest('hex')

/**
 * Recomputes `due_at` of every open ticket from its log (others have none: a paused or finished
 * clock has no due time) and records the basis. A cache refresh, not an edit: versions stay.
 * Callers own the transaction.
 */
export function refreshDueTimes(db: Database.Database, settings: ServiceSettings): number {
  const open = `t.status = 'open'`
  const events = clockEventsWhere(db, open)
  const priorities = prepared(
    db,
    `SELECT id, priority FROM tickets t WHERE deleted_at IS NULL AND merged_into_id IS NULL AND ${open}`,
  )
    .raw()
    .all() as [number, TicketPriority][]
  const now = nowIso()
  const update = prepared(db, 'UPDATE tickets SET due_at = ? WHERE id = ?')
  for (const [id, priority] of priorities) {
    const log = events.get(id) ?? []
    update.run(dueAtOf(readSla(log, priority, settings, later(now, log.at(-1)?.at))), id)
  }
  prepared(
    db,
    `UPDATE tickets SET due_at = NULL WHERE due_at IS NOT NULL AND (status <> 'open' OR merged_into_id IS NOT NULL)`,
  ).run()
  recordDueBasis(db, settings)
  return priorities.length
}

/** Records that the cached due times were computed with these settings (a writer that derived them itself). */
export function recordDueBasis(db: Database.Database, settings: ServiceSettings): void {
  prepared(
    db,
    `INSERT INTO settings (key, value) VALUES (?, json_quote(?))
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(BASIS_KEY, basisOf(settings))
}

/**
 * Makes sure the cached due times were computed with the targets and calendar in force — after
 * an upgrade, an import, or a calendar that follows the computer's time zone when that changed.
 * If another writer holds the file (an import), the queue is served as cached and checked again
 * on the next read.
 */
export function ensureFreshDueTimes(db: Database.Database): void {
  const settings = readServiceSettings(db)
  const stored = prepared(db, `SELECT value ->> '$' FROM settings WHERE key = ?`).pluck().get(BASIS_KEY) as string | undefined
  if (stored === basisOf(settings)) return
  try {
    writeTransaction(db, () => refreshDueTimes(db, settings))
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error
  }
}

/** Marks the cached due times as needing a refresh (after a bulk write that bypassed the log sync). */
export const forgetDueBasis = (db: Database.Database): void =>
  void prepared(db, 'DELETE FROM settings WHERE key = ?').run(BASIS_KEY)
