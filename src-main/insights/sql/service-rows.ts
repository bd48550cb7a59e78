import type Database from 'better-sqlite3'
import type { TicketKind, TicketPriority, TicketStatus } from '../../../src-shared/domain/ticket-types'
import { readServiceSettings } from '../../service/settings/service-settings'
import { CLOCK_LOG_COLUMN, impliedEvents, parseClockLog } from '../../service/tickets/ticket-log'
import { compileCalendar } from '../../service/sla'
import { replayClocks } from '../../service/sla/clocks'
import { MINUTE_MS, parseInstant } from '../../service/sla/instant'
import { dayStartUtc, shiftDays } from '../lib/dates'

/** One ticket opened in the period, with its clocks read from its log in business time. */
export interface ServiceTicket {
  kind: TicketKind
  priority: TicketPriority
  customerId: number | null
  openedAt: string
  /** Business minutes to the first response, when there was one. */
  firstResponseMinutes: number | null
  /** Business minutes the resolution clock ran (pending excluded), when resolved. */
  resolutionMinutes: number | null
  breached: boolean
}

export interface ServiceRows {
  tickets: ServiceTicket[]
  /** Answers given in the period, with their instant (for the monthly trend). */
  answers: { kind: 'csat' | 'nps'; score: number; at: string }[]
}

type TicketRow = [
  kind: TicketKind,
  priority: TicketPriority,
  customerId: number | null,
  openedAt: string,
  firstResponseAt: string | null,
  resolvedAt: string | null,
  status: TicketStatus,
  log: string | null,
]

/** Which tickets the service figures count, over `tickets t`: live, not merged away, opened in `@start`..`@end`. */
export const OPENED_IN_PERIOD = 't.opened_at >= @start AND t.opened_at < @end'
export const SERVICE_TICKET = 't.deleted_at IS NULL AND t.merged_into_id IS NULL'
/**
 * Which answers the service figures count, over `survey_responses s`: every answer given in
 * `@start`..`@end`, whatever became of its ticket (merged away, deleted) or request, and those
 * that never had one (imported, periodic NPS): the customer did answer.
 */
export const ANSWERED_IN_PERIOD = 's.at >= @start AND s.at < @end'

/** The instants [start, end) of local days `from`..`to`. */
export const servicePeriod = (from: string, to: string): { start: string; end: string } => ({
  start: dayStartUtc(from),
  end: dayStartUtc(shiftDays(to, 1)),
})

/**
 * Tickets opened and survey answers given on local days `from`..`to` (inclusive). Each ticket's
 * times come from replaying its event log (read with the ticket, in one row) through the SLA rules
 * (src-main/service/sla.ts) with the calendar in force, so they are business time: nights, weekends, holidays and the lunch break do
 * not count, nor does time pending on the customer. A ticket without a log (imported) is read from
 * its own timestamps. Merged-away tickets are duplicates and are left out.
 */
export function serviceRows(
  db: Database.Database,
  from: string,
  to: string,
  now: string = new Date().toISOString(),
): ServiceRows {
  const period = servicePeriod(from, to)
  const inPeriod = OPENED_IN_PERIOD
  const rows = db
    .prepare(
      `SELECT kind, priority, customer_id, opened_at, first_response_at, resolved_at, status, ${CLOCK_LOG_COLUMN}
       FROM tickets t WHERE ${SERVICE_TICKET} AND ${inPeriod}`,
    )
    .raw()
    .all(period) as TicketRow[]
  const { policies, calendar } = readServiceSettings(db)
  const compiled = compileCalendar(calendar)
  const nowMs = parseInstant(now)
  const minutes = (clock: { elapsed: number; metAt: number | null }) => (clock.metAt === null ? null : clock.elapsed / MINUTE_MS)
  const tickets = rows.map(([kind, priority, customerId, openedAt, firstResponseAt, resolvedAt, status, log]): ServiceTicket => {
    const events =
      parseClockLog(log) ??
      impliedEvents({ opened_at: openedAt, first_response_at: firstResponseAt, resolved_at: resolvedAt, status })
    const lastAt = events.at(-1)
    const end = lastAt === undefined ? nowMs : Math.max(nowMs, parseInstant(lastAt.at))
    // Only how long each clock ran matters here, so the due instants are not worked out.
    const { firstResponse, resolution } = replayClocks(events, policies[priority], compiled, end, false)
    return {
      kind,
      priority,
      customerId,
      openedAt,
      firstResponseMinutes: minutes(firstResponse),
      resolutionMinutes: minutes(resolution),
      breached: firstResponse.elapsed > firstResponse.target || resolution.elapsed > resolution.target,
    }
  })
  const answers = db
    .prepare(`SELECT s.kind, s.score, s.at FROM survey_responses s WHERE ${ANSWERED_IN_PERIOD} ORDER BY s.at`)
    .all(period) as ServiceRows['answers']
  return { tickets, answers }
}
