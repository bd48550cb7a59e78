import { DAY_MS, daysFromCivil, MINUTE_MS } from './instant'
import type { CalendarRules, MinuteInterval } from './validate-calendar'

/**
 * One local calendar year of business time as sorted, disjoint UTC intervals with prefix sums, so
 * "business time up to t" is a binary search instead of a walk over days or minutes.
 */
export interface YearTable {
  year: number
  /** UTC instants of local Jan 1 00:00 of this year and of the next one. */
  from: number
  to: number
  starts: Float64Array
  ends: Float64Array
  /** cum[i] = business ms in intervals before i; cum[n] = the year's total. */
  cum: Float64Array
}

/** The business intervals of one local date: holidays close it, make-up days open it with Monday's hours. */
export function intervalsOn(rules: CalendarRules, day: number): readonly MinuteInterval[] {
  if (rules.holidays.has(day)) return []
  if (rules.workdays.has(day)) return rules.week[1]
  return rules.week[(((day + 4) % 7) + 7) % 7] // 1970-01-01 was a Thursday
}

// Margin around a day inside which an offset change could move one of its readings (larger than
// any daylight-saving shift in use).
const MARGIN_MS = 3 * 3_600_000

export function buildYearTable(rules: CalendarRules, year: number): YearTable {
  const { zone } = rules
  const firstDay = daysFromCivil(year, 1, 1)
  const lastDay = daysFromCivil(year + 1, 1, 1)
  const starts: number[] = []
  const ends: number[] = []
  let offset = zone.offsetAt(firstDay * DAY_MS)
  for (let day = firstDay; day < lastDay; day++) {
    const local = day * DAY_MS
    const hours = intervalsOn(rules, day)
    if (hours.length === 0) continue
    // Most days have one offset from before midnight to after the next: convert by subtraction.
    // Days near a daylight-saving change take the exact conversion for every reading (no zone
    // changes its offset twice within a day and a few hours).
    offset = zone.offsetAt(local - offset - MARGIN_MS)
    const steady = zone.offsetAt(local + DAY_MS - offset + MARGIN_MS) === offset
    const toUtc = steady ? (ms: number) => ms - offset : zone.toUtc
    for (const [open, close] of hours) {
      const s = toUtc(local + open * MINUTE_MS)
      const e = toUtc(local + close * MINUTE_MS)
      if (e > s) {
        starts.push(s)
        ends.push(e)
      }
    }
  }
  const cum = new Float64Array(starts.length + 1)
  for (let i = 0; i < starts.length; i++) cum[i + 1] = cum[i] + (ends[i] - starts[i])
  return {
    year,
    from: zone.toUtc(firstDay * DAY_MS),
    to: zone.toUtc(lastDay * DAY_MS),
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    cum,
  }
}
