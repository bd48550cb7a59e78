import { addDays } from 'date-fns/addDays'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { format } from 'date-fns/format'
import { parseISO } from 'date-fns/parseISO'
import { startOfISOWeek } from 'date-fns/startOfISOWeek'
import { startOfMonth } from 'date-fns/startOfMonth'
import { startOfQuarter } from 'date-fns/startOfQuarter'
import { startOfYear } from 'date-fns/startOfYear'
import { subDays } from 'date-fns/subDays'
import { subMonths } from 'date-fns/subMonths'
import type { DayRange } from '../../../../../src-shared/domain/dashboard-types'

export const PERIOD_PRESETS = [
  'today',
  'thisWeek',
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'thisYear',
  'last12Months',
  'custom',
] as const
export type PeriodPreset = (typeof PERIOD_PRESETS)[number]

const day = (date: Date): string => format(date, 'yyyy-MM-dd')

/**
 * The local days a preset covers on `now`'s day. "This …" periods run to today, so the
 * comparison (the previous period of the same length) compares like with like: the first
 * 5 days of this month against the 5 days before them.
 */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, now = new Date()): DayRange {
  const today = day(now)
  switch (preset) {
    case 'today':
      return { from: today, to: today }
    case 'thisWeek':
      return { from: day(startOfISOWeek(now)), to: today }
    case 'thisMonth':
      return { from: day(startOfMonth(now)), to: today }
    case 'lastMonth': {
      const first = startOfMonth(subMonths(now, 1))
      return { from: day(first), to: day(subDays(startOfMonth(now), 1)) }
    }
    case 'thisQuarter':
      return { from: day(startOfQuarter(now)), to: today }
    case 'thisYear':
      return { from: day(startOfYear(now)), to: today }
    case 'last12Months':
      return { from: day(addDays(subMonths(now, 12), 1)), to: today }
  }
}

/** The period of the same number of days ending the day before `period` starts (as the main process computes it). */
export function previousRange(period: DayRange): DayRange {
  const days = differenceInCalendarDays(parseISO(period.to), parseISO(period.from)) + 1
  const start = parseISO(period.from)
  return { from: day(subDays(start, days)), to: day(subDays(start, 1)) }
}
