import type { BusinessCalendar } from '../../src-main/service/sla'

/** The UTC string `toISOString` writes for a local reading with its offset, e.g. utc('2026-03-09T09:30+08:00'). */
export const utc = (isoWithOffset: string): string => new Date(isoWithOffset).toISOString()

const lunchBreak = (): Array<[string, string]> => [
  ['09:00', '12:00'],
  ['13:30', '18:00'],
]

/** The hours, Monday to Friday 09:00–12:00 and 13:30–18:00, with no closed dates. */
export const shanghai: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  week: [[], lunchBreak(), lunchBreak(), lunchBreak(), lunchBreak(), lunchBreak(), []],
  holidays: [],
  workdays: [],
}

/** Monday to Friday 09:00–17:00 in Berlin (CET +01:00 in winter, CEST +02:00 in summer). */
export const berlin: BusinessCalendar = {
  timeZone: 'Europe/Berlin',
  week: [[], [['09:00', '17:00']], [['09:00', '17:00']], [['09:00', '17:00']], [['09:00', '17:00']], [['09:00', '17:00']], []],
  holidays: [],
  workdays: [],
}

/**
 * A brute-force test of "is the shop open at this instant", independent of the module: it reads
 * the instant forward into local date, weekday and HH:MM with `Intl` (never converting local time
 * back to UTC) and looks the reading up in the calendar's lists.
 */
export function openAt(calendar: BusinessCalendar): (utcMs: number) => boolean {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone: calendar.timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
  return (utcMs) => {
    const p = Object.fromEntries(format.formatToParts(utcMs).map((x) => [x.type, x.value]))
    const date = `${p.year}-${p.month}-${p.day}`
    if (calendar.holidays.includes(date)) return false
    const hours = calendar.workdays.includes(date) ? calendar.week[1] : calendar.week[weekdays.indexOf(p.weekday)]
    const reading = `${p.hour}:${p.minute}`
    return hours.some(([open, close]) => open <= reading && reading < close)
  }
}
