import { format, lastDayOfMonth, parseISO } from 'date-fns'
import { dayStartUtc, localToday } from '../../insights/lib/dates'
import { dayStartModifier } from '../../tasks/local-time'

/** The moments the board is "as of", in local time: days in stage, stale, this month. */
export interface BoardClock {
  /** Now, as stored UTC text. */
  now: string
  /** Local today, `YYYY-MM-DD`. */
  today: string
  /** Local midnight starting today, as stored UTC text: a follow-up due from then on is planned. */
  todayStart: string
  /** The SQLite modifier placing an all-day task at the start of its local day (`DUE_KEY`'s `@dayStart`). */
  dayStart: string
  /** First and last local day of this month (expected close dates are local days). */
  monthFirstDay: string
  monthLastDay: string
  /** Local midnight starting the month, as stored UTC text: Won and Lost hold deals closed since. */
  monthStart: string
}

export function boardClock(at: Date = new Date()): BoardClock {
  const today = localToday(at)
  const monthFirstDay = `${today.slice(0, 7)}-01`
  return {
    now: at.toISOString(),
    today,
    todayStart: dayStartUtc(today),
    dayStart: dayStartModifier(at.getTime(), Intl.DateTimeFormat().resolvedOptions().timeZone),
    monthFirstDay,
    monthLastDay: format(lastDayOfMonth(parseISO(monthFirstDay)), 'yyyy-MM-dd'),
    monthStart: dayStartUtc(monthFirstDay),
  }
}
