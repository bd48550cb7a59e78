import type { Locale } from '../../../src-shared/i18n/locales'

/**
 * Formatting at the edge: small pure functions over `Intl`, one per kind of value. Money is
 * stored as integer minor units (fen, cents); the currency's own digit count (CLDR, as `Intl`
 * reports it: 2 for CNY, 0 for JPY) turns it into a displayed amount.
 */

export const DEFAULT_CURRENCY = 'CNY'

const cache = new Map<string, Intl.NumberFormat>()
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)))
  return format
}

/** Decimal places of a currency's minor unit (CNY 2, JPY 0). */
export function currencyDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
}

/** `123450` fen → "¥1,234.50" (zh-CN) or "CN¥1,234.50" (en). */
export function formatMoney(minorUnits: number, locale: Locale, currency: string = DEFAULT_CURRENCY): string {
  const digits = currencyDigits(currency)
  return numberFormat(locale, { style: 'currency', currency }).format(minorUnits / 10 ** digits)
}

/** Grouped number: 12345.6 → "12,345.6". */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value)
}

/** A ratio as a percent: 0.1234 → "12.3%". */
export function formatPercent(ratio: number, locale: Locale, maximumFractionDigits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(ratio)
}

/** Anything a date can arrive as. A bare `YYYY-MM-DD` is a calendar day, read in local time. */
export type DateInput = Date | string | number

export function toDate(input: DateInput): Date {
  if (input instanceof Date) return input
  if (typeof input === 'string') {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input)
    if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
  }
  return new Date(input)
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** "2026-11-25" (en) or "2026年11月25日" (zh-CN). */
export function formatDate(input: DateInput, locale: Locale): string {
  const date = toDate(input)
  if (locale === 'zh-CN') return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Day and month only, for dense tables: "Nov 25" (en) or "11月25日" (zh-CN). */
export function formatShortDate(input: DateInput, locale: Locale): string {
  const date = toDate(input)
  if (locale === 'zh-CN') return `${date.getMonth() + 1}月${date.getDate()}日`
  return new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' }).format(date)
}

/** Date and 24-hour time: "2026-11-25 14:05" / "2026年11月25日 14:05". */
export function formatDateTime(input: DateInput, locale: Locale): string {
  const date = toDate(input)
  return `${formatDate(date, locale)} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
]

/** "3 days ago" / "3天前", "yesterday" / "昨天", "now" / "现在"; `now` is injectable for tests. */
export function formatRelative(input: DateInput, locale: Locale, now: DateInput = Date.now()): string {
  const diff = toDate(input).getTime() - toDate(now).getTime()
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit)
  }
  return format.format(0, 'second')
}
