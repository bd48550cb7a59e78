import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { resolveLocale, type Locale } from '../../../src-shared/i18n/locales'
import { selectCurrency, useSettingsStore } from '../stores/settings'
import * as f from './format'

export interface Formatters {
  locale: Locale
  currency: string
  money(minorUnits: number): string
  number(value: number, maximumFractionDigits?: number): string
  percent(ratio: number, maximumFractionDigits?: number): string
  date(input: f.DateInput): string
  shortDate(input: f.DateInput): string
  dateTime(input: f.DateInput): string
  relative(input: f.DateInput, now?: f.DateInput): string
}

/** The format helpers bound to the active locale and the currency from settings; re-renders on change. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation()
  const currency = useSettingsStore(selectCurrency)
  const locale = resolveLocale(i18n.language)
  return useMemo(
    () => ({
      locale,
      currency,
      money: (minor) => f.formatMoney(minor, locale, currency),
      number: (value, digits) => f.formatNumber(value, locale, digits),
      percent: (ratio, digits) => f.formatPercent(ratio, locale, digits),
      date: (input) => f.formatDate(input, locale),
      shortDate: (input) => f.formatShortDate(input, locale),
      dateTime: (input) => f.formatDateTime(input, locale),
      relative: (input, now) => f.formatRelative(input, locale, now),
    }),
    [locale, currency],
  )
}
