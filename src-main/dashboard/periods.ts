import { parseISO } from 'date-fns'
import type { DayRange, TrendBucket } from '../../src-shared/domain/dashboard-types'
import { dayStartUtc, daysBetween, shiftDays, shiftMonths } from '../insights/lib/dates'

/** The period of the same number of days ending the day before `period` starts. */
export function previousPeriod(period: DayRange): DayRange {
  const days = daysBetween(period.from, period.to) + 1
  return { from: shiftDays(period.from, -days), to: shiftDays(period.from, -1) }
}

/** The stored UTC instants starting and ending a period of local days: `[start, end)`. */
export const periodEdges = (period: DayRange): [string, string] => [
  dayStartUtc(period.from),
  dayStartUtc(shiftDays(period.to, 1)),
]

/** The first day of the bucket after the one holding `day`: weeks start on Monday. */
const nextStart: Record<TrendBucket, (day: string) => string> = {
  day: (day) => shiftDays(day, 1),
  week: (day) => shiftDays(day, 7 - ((parseISO(day).getDay() + 6) % 7)),
  month: (day) => `${shiftMonths(day.slice(0, 7), 1)}-01`,
}

/** The period cut into local days, weeks or months; the first and last clipped to it. */
export function bucketsOf(period: DayRange, bucket: TrendBucket): DayRange[] {
  const ranges: DayRange[] = []
  for (let day = period.from; day <= period.to;) {
    const next = nextStart[bucket](day)
    ranges.push({ from: day, to: next <= period.to ? shiftDays(next, -1) : period.to })
    day = next
  }
  return ranges
}
