import { TZDate } from '@date-fns/tz'
import { addDays, format, set, startOfDay } from 'date-fns'

/**
 * Local time for tasks, in an IANA zone given by the clock (the laptop's zone in the app, any
 * zone in tests). Zone rules come from `@date-fns/tz` over the platform's `Intl` data: no offset
 * arithmetic of our own, so daylight-saving changes and UTC+14 / UTC−12 are the library's job.
 */

/** The local calendar day of an instant, `YYYY-MM-DD`. */
export function localDate(ms: number, zone: string): string {
  return format(new TZDate(ms, zone), 'yyyy-MM-dd')
}

/** A calendar day `n` days after `date` (zone-free: days are days). */
export function addCalendarDays(date: string, n: number): string {
  return format(addDays(new TZDate(`${date}T12:00:00Z`, 'UTC'), n), 'yyyy-MM-dd')
}

/** The first instant of a local day (midnight, or the moment after a daylight-saving gap at midnight). */
export function startOfLocalDay(date: string, zone: string): number {
  const [year, month, day] = date.split('-').map(Number)
  return startOfDay(TZDate.tz(zone, year, month - 1, day, 12)).getTime()
}

/** The same local wall time `days` later (across a daylight-saving change the UTC gap is 23 or 25 h a day). */
export function sameTimeDaysLater(ms: number, days: number, zone: string): number {
  return addDays(new TZDate(ms, zone), days).getTime()
}

/** Tomorrow (the local day after `ms`) at `hour`:00 local time. */
export function tomorrowAt(ms: number, hour: number, zone: string): number {
  return set(addDays(new TZDate(ms, zone), 1), { hours: hour, minutes: 0, seconds: 0, milliseconds: 0 }).getTime()
}

/** A local time of day such as "14:05" for an instant. */
export function localTime(ms: number, zone: string): string {
  return format(new TZDate(ms, zone), 'HH:mm')
}

/**
 * The SQLite modifier that turns a local date into (about) the instant its day starts, for
 * ordering all-day tasks among timed ones: the zone's offset now (`'-480 minutes'` at UTC+8).
 * Only the order within a list uses it; which list a task is in is decided exactly.
 */
export function dayStartModifier(ms: number, zone: string): string {
  return `${new TZDate(ms, zone).getTimezoneOffset()} minutes`
}
