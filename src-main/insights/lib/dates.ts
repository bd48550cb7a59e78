import { addDays, addMonths, format, parseISO } from 'date-fns'

/**
 * Calendar arithmetic for the insights, in the laptop's local time zone: a sale at 23:30 on
 * the 31st belongs to that month for the shop owner, whatever its UTC instant. SQL does the
 * same with `date(x, 'localtime')` (see sql/local-date.ts).
 */
export const localToday = (now: Date = new Date()): string => format(now, 'yyyy-MM-dd')

export const shiftDays = (day: string, days: number): string => format(addDays(parseISO(day), days), 'yyyy-MM-dd')

/** `YYYY-MM` of a local date or month. */
export const monthOf = (day: string): string => day.slice(0, 7)

export const shiftMonths = (month: string, months: number): string =>
  format(addMonths(parseISO(`${month}-01`), months), 'yyyy-MM')

/** Every month from `first` to `last` inclusive. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = []
  for (let m = first; m <= last; m = shiftMonths(m, 1)) months.push(m)
  return months
}
