import { addDays, addMonths, format, parseISO } from 'date-fns'

/**
 * Calendar arithmetic in the laptop's local time zone: a sale at 23:30 on the 31st belongs
 * to that month for the shop owner, whatever its UTC instant. Stored times are UTC ISO text,
 * so SQL compares instants (`dayStartUtc`) and only per-group results are turned into local
 * days here — SQLite's 'localtime' costs microseconds per row when TZ is unset, too slow
 * for a million rows.
 */
export const localToday = (now: Date = new Date()): string => format(now, 'yyyy-MM-dd')

/** The local day of a stored UTC instant. */
export const localDayOf = (iso: string): string => format(new Date(iso), 'yyyy-MM-dd')

/** Local midnight starting `day`, as stored UTC text: `ordered_at < dayStartUtc(d)` means "before d". */
export const dayStartUtc = (day: string): string => parseISO(day).toISOString()

export const shiftDays = (day: string, days: number): string => format(addDays(parseISO(day), days), 'yyyy-MM-dd')

/**
 * A period of local days (either end open) as the stored UTC instants that bound it:
 * `ordered_at >= start AND ordered_at < end`, an open end as the widest text bound.
 */
export const periodInstants = (period: { from?: string; to?: string }): [start: string, end: string] => [
  period.from ? dayStartUtc(period.from) : '',
  period.to ? dayStartUtc(shiftDays(period.to, 1)) : '\uffff',
]

/** Whole calendar days from `from` to `to`. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

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

/**
 * `localDayOf` for many stored instants: each distinct UTC hour is converted once. Time-zone
 * offsets change only on whole UTC hours, so every instant in an hour has the same local day.
 */
export function localDayMemo(): (iso: string) => string {
  const days = new Map<string, string>()
  return (iso) => {
    const hour = iso.slice(0, 13)
    let day = days.get(hour)
    if (day === undefined) days.set(hour, (day = localDayOf(`${hour}:00:00.000Z`)))
    return day
  }
}
