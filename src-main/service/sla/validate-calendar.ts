import { AppError } from '../../../src-shared/ipc/app-error'
import { daysFromCivil, isDate } from './instant'
import { createTimeZone, type TimeZone } from './time-zone'

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

/** Minutes since local midnight: [open, close). */
export type MinuteInterval = readonly [number, number]

/** A calendar checked and turned into numbers. Days are counted from 1970-01-01 in local dates. */
export interface CalendarRules {
  zone: TimeZone
  week: ReadonlyArray<readonly MinuteInterval[]>
  holidays: ReadonlySet<number>
  workdays: ReadonlySet<number>
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * Checks a calendar and refuses the first problem with an `AppError` whose code names it and whose
 * params carry the offending values (plus `weekday` 0–6 and `index` so a settings form can point at
 * the row). Order of checks: time zone, week shape, each interval, empty week, dates.
 */
export function validateCalendar(calendar: BusinessCalendar): CalendarRules {
  const zone = createTimeZone(calendar.timeZone)
  const rawWeek: unknown = calendar.week
  if (!Array.isArray(rawWeek) || rawWeek.length !== 7) {
    throw new AppError('sla_calendar_week_length', { count: Array.isArray(rawWeek) ? rawWeek.length : 0 })
  }
  const week = rawWeek.map((day: unknown, weekday) => checkDay(day, weekday))
  if (week.every((day) => day.length === 0)) throw new AppError('sla_calendar_empty_week')
  const holidays = dateSet(calendar.holidays, 'sla_calendar_holiday_date')
  const workdays = dateSet(calendar.workdays, 'sla_calendar_workday_date')
  const clash = calendar.holidays.find((date) => workdays.has(localDay(date, 'sla_calendar_holiday_date')))
  if (clash !== undefined) throw new AppError('sla_calendar_date_conflict', { date: clash })
  return { zone, week, holidays, workdays }
}

function checkDay(day: unknown, weekday: number): MinuteInterval[] {
  if (!Array.isArray(day)) throw new AppError('sla_calendar_time', { value: String(day), weekday, index: 0 })
  const out: MinuteInterval[] = []
  day.forEach((pair: unknown, index) => {
    const [from, to] = Array.isArray(pair) && pair.length === 2 ? pair : [pair, pair]
    const open = clockMinutes(from, false, weekday, index)
    const close = clockMinutes(to, true, weekday, index)
    if (open >= close) throw new AppError('sla_calendar_interval_empty', { interval: `${from}–${to}`, weekday, index })
    const prev = out.at(-1)
    if (prev) {
      const params = { first: span(prev), second: `${from}–${to}`, weekday, index }
      if (open < prev[1] && prev[0] < close) throw new AppError('sla_calendar_intervals_overlap', params)
      if (open < prev[0]) throw new AppError('sla_calendar_intervals_unsorted', params)
    }
    out.push([open, close])
  })
  return out
}

/** 'HH:MM' from 00:00 to 23:59; '24:00' too when it closes an interval (open until midnight). */
function clockMinutes(value: unknown, isClose: boolean, weekday: number, index: number): number {
  if (isClose && value === '24:00') return 24 * 60
  const m = typeof value === 'string' ? HH_MM.exec(value) : null
  if (!m) throw new AppError('sla_calendar_time', { value: String(value), weekday, index })
  return Number(m[1]) * 60 + Number(m[2])
}

const span = ([open, close]: MinuteInterval): string => `${hhmm(open)}–${hhmm(close)}`
const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

function dateSet(dates: unknown, code: 'sla_calendar_holiday_date' | 'sla_calendar_workday_date'): Set<number> {
  if (!Array.isArray(dates)) throw new AppError(code, { value: String(dates) })
  return new Set(dates.map((value: unknown) => localDay(value, code)))
}

/** Local date 'YYYY-MM-DD' → day number since 1970-01-01; a date that does not exist is refused. */
export function localDay(value: unknown, code: 'sla_calendar_holiday_date' | 'sla_calendar_workday_date'): number {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null
  if (!m || !isDate(+m[1], +m[2], +m[3])) throw new AppError(code, { value: String(value) })
  return daysFromCivil(+m[1], +m[2], +m[3])
}
