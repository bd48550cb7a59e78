import { addMonths } from 'date-fns/addMonths'
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import { format } from 'date-fns/format'
import { parseISO } from 'date-fns/parseISO'
import type { DayRange, TrendBucket } from '../../../../../src-shared/domain/dashboard-types'

/** Days for up to a month, weeks for up to six months, else months: a readable number of points. */
export function defaultBucket(range: DayRange): TrendBucket {
  if (differenceInCalendarDays(parseISO(range.to), parseISO(range.from)) + 1 <= 31) return 'day'
  return range.to < format(addMonths(parseISO(range.from), 6), 'yyyy-MM-dd') ? 'week' : 'month'
}
