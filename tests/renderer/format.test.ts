import { describe, expect, it } from 'vitest'
import {
  currencyDigits,
  formatDate,
  formatDateTime,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRelative,
  formatShortDate,
  toDate,
} from '../../src-renderer/src/lib/format'

describe('formatMoney (integer minor units)', () => {
  it('formats CNY fen by locale, exactly as Intl does', () => {
    expect(formatMoney(123450, 'zh-CN')).toBe('¥1,234.50')
    expect(formatMoney(123450, 'en')).toBe('CN¥1,234.50')
    expect(formatMoney(123450, 'en', 'CNY')).toBe('CN¥1,234.50')
  })

  it('uses the currency from settings and its own number of digits', () => {
    expect(formatMoney(123450, 'en', 'USD')).toBe('$1,234.50')
    expect(formatMoney(123450, 'zh-CN', 'USD')).toBe('US$1,234.50')
    expect(formatMoney(123450, 'en', 'EUR')).toBe('€1,234.50')
    expect(formatMoney(123450, 'en', 'HKD')).toBe('HK$1,234.50')
    expect(formatMoney(123450, 'zh-CN', 'TWD')).toBe('NT$1,234.50')
    expect(formatMoney(123450, 'en', 'GBP')).toBe('£1,234.50')
    expect(formatMoney(1235, 'en', 'JPY')).toBe('¥1,235')
    expect(formatMoney(1235, 'zh-CN', 'JPY')).toBe('JP¥1,235')
    expect(currencyDigits('JPY')).toBe(0)
    expect(currencyDigits('CNY')).toBe(2)
  })

  it('handles zero, negatives and single fen without float noise', () => {
    expect(formatMoney(0, 'zh-CN')).toBe('¥0.00')
    expect(formatMoney(-5, 'zh-CN')).toBe('-¥0.05')
    expect(formatMoney(1, 'en')).toBe('CN¥0.01')
    expect(formatMoney(10_000_000_01, 'zh-CN')).toBe('¥10,000,000.01')
  })
})

describe('numbers and percents', () => {
  it('groups digits and rounds', () => {
    expect(formatNumber(12345.678, 'en')).toBe('12,345.68')
    expect(formatNumber(12345.678, 'zh-CN', 0)).toBe('12,346')
  })
  it('formats ratios as percents', () => {
    expect(formatPercent(0.1234, 'en')).toBe('12.3%')
    expect(formatPercent(0.5, 'zh-CN', 0)).toBe('50%')
    expect(formatPercent(-0.025, 'en')).toBe('-2.5%')
  })
})

describe('dates by locale', () => {
  const day = new Date(2026, 10, 25, 14, 5)

  it('writes 2026-11-25 in English and 2026年11月25日 in Chinese', () => {
    expect(formatDate(day, 'en')).toBe('2026-11-25')
    expect(formatDate(day, 'zh-CN')).toBe('2026年11月25日')
  })

  it('reads a bare YYYY-MM-DD as that calendar day, whatever the time zone', () => {
    expect(formatDate('2026-01-05', 'en')).toBe('2026-01-05')
    expect(formatDate('2026-01-05', 'zh-CN')).toBe('2026年1月5日')
    expect(toDate('2026-01-05').getDate()).toBe(5)
  })

  it('has short and date-time forms', () => {
    expect(formatShortDate(day, 'zh-CN')).toBe('11月25日')
    expect(formatShortDate(day, 'en')).toBe('Nov 25')
    expect(formatDateTime(day, 'en')).toBe('2026-11-25 14:05')
    expect(formatDateTime(day, 'zh-CN')).toBe('2026年11月25日 14:05')
  })
})

describe('formatRelative', () => {
  const now = new Date(2026, 10, 25, 12, 0)
  const ago = (ms: number): Date => new Date(now.getTime() - ms)

  it('speaks both languages', () => {
    expect(formatRelative(ago(3 * 86_400_000), 'en', now)).toBe('3 days ago')
    expect(formatRelative(ago(3 * 86_400_000), 'zh-CN', now)).toBe('3天前')
    expect(formatRelative(ago(86_400_000), 'en', now)).toBe('yesterday')
    expect(formatRelative(ago(86_400_000), 'zh-CN', now)).toBe('昨天')
    expect(formatRelative(ago(5 * 60_000), 'en', now)).toBe('5 minutes ago')
    expect(formatRelative(ago(10_000), 'en', now)).toBe('now')
    expect(formatRelative(ago(10_000), 'zh-CN', now)).toBe('现在')
  })

  it('handles the future', () => {
    expect(formatRelative(new Date(now.getTime() + 2 * 3_600_000), 'en', now)).toBe('in 2 hours')
    expect(formatRelative(new Date(now.getTime() + 2 * 3_600_000), 'zh-CN', now)).toBe('2小时后')
  })
})
