import type { DayRange } from '../../../../../src-shared/domain/dashboard-types'
import type { Locale } from '../../../../../src-shared/i18n/locales'
import { i18n } from '../../../lib/i18n'
import { formatDate, formatShortDate, toDate } from '../../../lib/format'

/**
 * A period in words by locale: "Nov 26 – Nov 30", "11月26日至11月30日", one day alone; full dates
 * when the period is not all within this year, so "last 12 months" reads without doubt.
 */
export function rangeText(range: DayRange, locale: Locale, now = new Date()): string {
  const thisYear = [range.from, range.to].every((day) => toDate(day).getFullYear() === now.getFullYear())
  const day = (d: string): string => (thisYear ? formatShortDate(d, locale) : formatDate(d, locale))
  if (range.from === range.to) return day(range.from)
  return i18n.getFixedT(locale)('dashboard:period.range', { from: day(range.from), to: day(range.to) })
}
