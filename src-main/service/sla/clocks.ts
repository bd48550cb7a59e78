import type { SlaClock } from '../../../src-shared/domain/ticket-types'
import type { CompiledCalendar } from '../business-calendar'
import { addBusinessMs, businessMsBetween } from './business-time'
import { formatInstant, MINUTE_MS, parseInstant } from './instant'

export type TicketEvent =
  | { at: string; kind: 'opened' }
  | { at: string; kind: 'replied' } // a reply to the customer
  | { at: string; kind: 'status'; status: 'open' | 'pending' | 'resolved' | 'closed' }

/** Targets in business minutes (≥ 0). */
export interface SlaPolicy {
  firstResponseMinutes: number
  resolutionMinutes: number
}

/** One clock while the log is replayed: business ms so far, and since when it runs (null: stopped). */
class Clock {
  elapsed = 0
  since: number | null = null
  metAt: number | null = null
  /** When elapsed first went past the target, once a finished span took it there. */
  breachAt: number | null = null

  constructor(
    private readonly calendar: CompiledCalendar,
    private readonly target: number,
    /** Whether to work out the due instant (see `replayClocks`). */
    private readonly due: boolean,
  ) {}

  run(t: number): void {
    if (this.since === null) this.since = t
  }

  stop(t: number): void {
    if (this.since === null) return
    const span = businessMsBetween(this.calendar, this.since, t)
    if (this.due && this.breachAt === null && this.elapsed + span > this.target) this.breachAt = this.dueFromSpan()
    this.elapsed += span
    this.since = null
  }

  /** The instant the running span reaches the target (at or after the span's start). */
  private dueFromSpan(): number {
    return addBusinessMs(this.calendar, this.since ?? 0, this.target - this.elapsed)
  }

  /** The clock as of `now`, ending a running span there: the last call of a replay. */
  finish(now: number): ClockTimes {
    const running = this.since !== null
    let dueAt: number | null = null
    if (running) {
      if (this.due) dueAt = this.breachAt ?? this.dueFromSpan()
      this.stop(now)
    }
    return { elapsed: this.elapsed, target: this.target, dueAt, metAt: this.metAt, running }
  }
}

/** A clock at the end of a replay, in milliseconds (instants since the epoch). */
export interface ClockTimes {
  elapsed: number
  target: number
  dueAt: number | null
  metAt: number | null
  running: boolean
}

/** The `SlaClock` of `slaState`: minutes and ISO instants. */
export function toSlaClock(clock: ClockTimes): SlaClock {
  const elapsedMinutes = clock.elapsed / MINUTE_MS
  return {
    elapsedMinutes,
    remainingMinutes: clock.target / MINUTE_MS - elapsedMinutes,
    dueAt: clock.dueAt === null ? null : formatInstant(clock.dueAt),
    metAt: clock.metAt === null ? null : formatInstant(clock.metAt),
    breached: clock.elapsed > clock.target,
    paused: !clock.running && clock.metAt === null,
  }
}

const isDone = (status: string): boolean => status === 'resolved' || status === 'closed'

/**
 * Replays a ticket's event log up to `now` (see `slaState` in ../sla.ts for the rules). Events are
 * ordered by time; at equal times `opened` comes first and the rest keep their order in the log.
 * With `due` false the due instants are not worked out (left null): reports that only need how
 * long each clock ran skip that search per running clock.
 */
export function replayClocks(
  events: readonly TicketEvent[],
  policy: SlaPolicy,
  calendar: CompiledCalendar,
  now: number,
  due = true,
): { firstResponse: ClockTimes; resolution: ClockTimes } {
  const firstResponse = new Clock(calendar, policy.firstResponseMinutes * MINUTE_MS, due)
  const resolution = new Clock(calendar, policy.resolutionMinutes * MINUTE_MS, due)
  const { index, at: times } = chronological(events)

  let status: string | null = null // null until the ticket is opened
  for (let k = 0; k < index.length; k++) {
    const event = events[index[k]]
    const at = times[k]
    if (at > now) break
    if (status === null) {
      if (event.kind !== 'opened') continue // nothing runs before the ticket exists
      status = 'open'
      firstResponse.run(at)
      resolution.run(at)
      continue
    }
    if (event.kind === 'replied') {
      if (firstResponse.metAt === null) {
        firstResponse.stop(at)
        firstResponse.metAt = at
      }
      continue
    }
    const next = event.kind === 'opened' ? 'open' : event.status
    if (next === 'open') resolution.run(at)
    else resolution.stop(at)
    if (isDone(next) && !isDone(status)) resolution.metAt = at
    if (!isDone(next)) resolution.metAt = null
    if (firstResponse.metAt === null) {
      if (isDone(next)) firstResponse.stop(at)
      else firstResponse.run(at)
    }
    status = next
  }
  return { firstResponse: firstResponse.finish(now), resolution: resolution.finish(now) }
}

/**
 * Indexes of `events` in replay order with their instants (`at[k]` belongs to `index[k]`): by time,
 * `opened` first among equal times, otherwise log order. A stable insertion sort — logs are short
 * and usually stored in order already, and it allocates nothing per comparison.
 */
function chronological(events: readonly TicketEvent[]): { index: number[]; at: number[] } {
  const index = new Array<number>(events.length)
  const at = new Array<number>(events.length)
  const rank = (i: number): number => (events[i].kind === 'opened' ? 0 : 1)
  for (let i = 0; i < events.length; i++) {
    const t = parseInstant(events[i].at)
    let j = i - 1
    while (j >= 0 && (at[j] > t || (at[j] === t && rank(i) < rank(index[j])))) {
      index[j + 1] = index[j]
      at[j + 1] = at[j]
      j--
    }
    index[j + 1] = i
    at[j + 1] = t
  }
  return { index, at }
}
