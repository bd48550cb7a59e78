/**
 * Service-level clocks in business time: the one pure module for SLA rules (issue 12). No database,
 * no Electron; the time zone comes from the platform's `Intl` data. Instants go in as ISO-8601
 * strings with an offset (`Z` or `±HH:MM`) and come out in UTC as `Date.prototype.toISOString()`
 * writes them. See ./README.md for the rules with a worked example.
 */
import type { SlaClock } from '../../src-shared/domain/ticket-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { compileCalendar } from './business-calendar'
import { addBusinessMs, businessMsBetween } from './sla/business-time'
import { replayClocks, toSlaClock, type SlaPolicy, type TicketEvent } from './sla/clocks'
import { formatInstant, MINUTE_MS, parseInstant } from './sla/instant'
import type { BusinessCalendar } from './sla/validate-calendar'

export { compileCalendar, defaultBusinessCalendar, type CompiledCalendar } from './business-calendar'
// The surface's types live in the parts that work with them (the parts never import this module);
// a clock's shape is the contract's, shared with the screens' `SlaClockView`.
export type { BusinessCalendar, SlaClock, SlaPolicy, TicketEvent }

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
