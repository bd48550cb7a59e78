/**
 * Service-level clocks in business time: the one pure module for SLA rules (issue 12). No database,
 * no Electron; the time zone comes from the platform's `Intl` data. Instants go in as ISO-8601
 * strings with an offset (`Z` or `±HH:MM`) and come out in UTC as `Date.prototype.toISOString()`
 * writes them. See ./README.md for the rules with a worked example.
 */
import { AppError } from '../../src-shared/ipc/app-error'
import { compileCalendar } from './business-calendar'
import { addBusinessMs, businessMsBetween } from './sla/business-time'
import { replayClocks, toSlaClock } from './sla/clocks'
import { formatInstant, MINUTE_MS, parseInstant } from './sla/instant'

export { compileCalendar, defaultBusinessCalendar, type CompiledCalendar } from './business-calendar'

/**
 * When the shop works. A bad calendar (unknown zone, a week without 7 days or without any hours,
 * '25:00', an interval that does not start before it ends, overlapping or unsorted intervals, a date
 * that does not exist, a date both closed and worked) is refused with an `AppError` naming it.
 */
export interface BusinessCalendar {
  /** IANA name, e.g. 'Asia/Shanghai'. */
  timeZone: string
  /**
   * Index 0 = Sunday … 6 = Saturday; local 'HH:MM' intervals [open, close), open < close, sorted,
   * not overlapping; '24:00' may close a day. Overnight hours are two intervals on two days.
   * Around daylight-saving changes each boundary is one instant: a reading that happens twice is
   * the first one, a reading that never happens is the instant the clocks jump.
   */
  week: Array<Array<[string, string]>>
  /** Local dates 'YYYY-MM-DD' that are closed all day. */
  holidays: string[]
  /** Local dates open although their weekday is not (调休); they use Monday's intervals. */
  workdays: string[]
}

/**
 * The instant the last of `minutes` business minutes is used, counting from `start`. A start
 * outside business time, or exactly at a closing time, begins at the next opening. A target used up
 * at a closing time ends there (Monday 09:00 + 180 with a 12:00 lunch break → Monday 12:00).
 * `minutes = 0` returns that effective start: `start` itself inside business time, otherwise the
 * next opening. Negative or non-finite minutes are refused (`sla_bad_minutes`): targets are never
 * negative, and an overdue clock shows as a negative `remainingMinutes`, not as a date in the past.
 * Sub-millisecond fractions are rounded to the millisecond an ISO string can carry.
 */
export function addBusinessMinutes(start: string, minutes: number, calendar: BusinessCalendar): string {
  const compiled = compileCalendar(calendar)
  checkMinutes(minutes)
  return formatInstant(addBusinessMs(compiled, parseInstant(start), minutes * MINUTE_MS))
}

/**
 * Business minutes from `from` to `to`, fractional (seconds count). Negative when `to` is before
 * `from`, so that between(a, b) + between(b, c) = between(a, c) for any three instants.
 */
export function businessMinutesBetween(from: string, to: string, calendar: BusinessCalendar): number {
  const compiled = compileCalendar(calendar)
  return businessMsBetween(compiled, parseInstant(from), parseInstant(to)) / MINUTE_MS
}

export type TicketEvent =
  | { at: string; kind: 'opened' }
  | { at: string; kind: 'replied' } // a reply to the customer
  | { at: string; kind: 'status'; status: 'open' | 'pending' | 'resolved' | 'closed' }

/** Targets in business minutes (≥ 0). */
export interface SlaPolicy {
  firstResponseMinutes: number
  resolutionMinutes: number
}

export interface SlaClock {
  /** Business minutes counted so far (up to now, or to when it was met). */
  elapsedMinutes: number
  /** target − elapsed (negative once breached). */
  remainingMinutes: number
  /**
   * When it breaches if it keeps running from now; null when met or paused. Once a running clock
   * is over its target this is the past instant it went over, so "most overdue" sorts first.
   */
  dueAt: string | null
  /** First reply (first response) / resolution instant, when met. */
  metAt: string | null
  /** elapsed > target. */
  breached: boolean
  /** Not running and not met (pending, or before the ticket was opened). */
  paused: boolean
}

/**
 * Both clocks of one ticket at `now`, derived from its event log alone (events after `now` are not
 * yet facts and are ignored). Events may come in any order: they are sorted stably by time, and at
 * equal times `opened` comes first and the others keep their order in `events`.
 *
 * - Nothing runs before the first `opened`; a later `opened` counts as `status: open`.
 * - First response runs in business time from `opened` and is met by the first `replied`. It is
 *   frozen (paused) while the ticket is resolved or closed without a reply — nobody waits for a
 *   first answer on a closed ticket — and runs again if it is reopened.
 * - Resolution runs in business time exactly while the status is `open`: it pauses while
 *   `pending`, is met at `resolved`/`closed` (metAt = when it left open/pending), and a reopen
 *   continues the old count — elapsed adds up over every running span, and metAt clears.
 * - A paused clock cannot breach: pausing freezes elapsed, and `breached` compares elapsed only.
 */
export function slaState(
  events: TicketEvent[],
  policy: SlaPolicy,
  calendar: BusinessCalendar,
  now: string,
): { firstResponse: SlaClock; resolution: SlaClock } {
  const compiled = compileCalendar(calendar)
  checkMinutes(policy.firstResponseMinutes)
  checkMinutes(policy.resolutionMinutes)
  const clocks = replayClocks(events, policy, compiled, parseInstant(now))
  return { firstResponse: toSlaClock(clocks.firstResponse), resolution: toSlaClock(clocks.resolution) }
}

function checkMinutes(minutes: number): void {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes < 0) {
    throw new AppError('sla_bad_minutes', { value: String(minutes) })
  }
}
