import { AppError } from '../../../src-shared/ipc/app-error'
import { DAY_MS, daysFromCivil } from './instant'

/** UTC offsets of one IANA zone, from the platform's `Intl` time-zone data (no network, no library). */
export interface TimeZone {
  readonly name: string
  /** Offset in ms (local − UTC) in force at a UTC instant. */
  offsetAt(utcMs: number): number
  /**
   * The instant of a local wall-clock reading given as ms-as-if-UTC. A reading that happens twice
   * (autumn fall-back) is the first of the two; one that never happens (spring gap) is the instant
   * the clocks jump. Both choices keep the conversion monotone, so business intervals never invert.
   */
  toUtc(localMs: number): number
}

const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const

/** Refuses a name `Intl` does not know with `sla_calendar_time_zone`. */
export function createTimeZone(name: string): TimeZone {
  let format: Intl.DateTimeFormat
  try {
    if (typeof name !== 'string' || name.trim() === '') throw new RangeError('empty time zone')
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
  } catch {
    throw new AppError('sla_calendar_time_zone', { zone: String(name) })
  }

  const offsetAt = (utcMs: number): number => {
    const whole = Math.floor(utcMs / 1000) * 1000
    const v: Record<string, number> = {}
    let bc = false
    for (const part of format.formatToParts(whole)) {
      if (part.type === 'era') bc = part.value.startsWith('B')
      else if ((FIELDS as readonly string[]).includes(part.type)) v[part.type] = Number(part.value)
    }
    const days = daysFromCivil(bc ? 1 - v.year : v.year, v.month, v.day)
    return days * DAY_MS + ((v.hour * 60 + v.minute) * 60 + v.second) * 1000 - whole
  }

  const toUtc = (localMs: number): number => {
    // Any transition near this reading lies within a day of it, so these are the offsets around it.
    const before = offsetAt(localMs - DAY_MS)
    const after = offsetAt(localMs + DAY_MS)
    const early = localMs - Math.max(before, after)
    const late = localMs - Math.min(before, after)
    const earlyOk = offsetAt(early) === localMs - early
    if (earlyOk) return early
    if (offsetAt(late) === localMs - late) return late
    return firstChange(offsetAt, early, late)
  }

  return { name: format.resolvedOptions().timeZone, offsetAt, toUtc }
}

/** The first whole second in (lo, hi] whose offset differs from the one at lo (binary search). */
function firstChange(offsetAt: (ms: number) => number, lo: number, hi: number): number {
  const atLo = offsetAt(lo)
  let a = Math.floor(lo / 1000)
  let b = Math.ceil(hi / 1000)
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2)
    if (offsetAt(mid * 1000) === atLo) a = mid
    else b = mid
  }
  return b * 1000
}
