import type Database from 'better-sqlite3'
import { dayStartUtc, shiftDays } from '../lib/dates'

export interface ServiceRows {
  opened: number
  /** Minutes from opening to first response, for tickets that got one. */
  firstResponseMinutes: Float64Array
  /** Hours from opening to resolution, for resolved tickets. */
  resolutionHours: Float64Array
  csatScores: number[]
  npsScores: number[]
}

/**
 * Tickets opened and survey answers given on local days `from`..`to` (inclusive). Durations
 * come from julianday differences of the stored UTC instants, so time zones cancel out.
 */
export function serviceRows(db: Database.Database, from: string, to: string): ServiceRows {
  const start = dayStartUtc(from)
  const end = dayStartUtc(shiftDays(to, 1))
  const tickets = db
    .prepare(
      `SELECT (julianday(first_response_at) - julianday(opened_at)) * 1440,
              (julianday(resolved_at) - julianday(opened_at)) * 24
         FROM tickets
        WHERE deleted_at IS NULL AND opened_at >= ? AND opened_at < ?`,
    )
    .raw()
    .all(start, end) as [number | null, number | null][]
  const answers = db.prepare('SELECT kind, score FROM survey_responses WHERE at >= ? AND at < ?').raw().all(start, end) as [
    'csat' | 'nps',
    number,
  ][]
  return {
    opened: tickets.length,
    firstResponseMinutes: Float64Array.from(tickets.flatMap(([m]) => (m === null ? [] : [m]))),
    resolutionHours: Float64Array.from(tickets.flatMap(([, h]) => (h === null ? [] : [h]))),
    csatScores: answers.filter(([kind]) => kind === 'csat').map(([, s]) => s),
    npsScores: answers.filter(([kind]) => kind === 'nps').map(([, s]) => s),
  }
}
