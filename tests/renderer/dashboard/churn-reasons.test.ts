import { describe, expect, it } from 'vitest'
import { churnReasons, topContributions, usualGapDays } from '../../../src-renderer/src/features/dashboard/cards/churn-reasons'
import { formatMoney, formatNumber } from '../../../src-renderer/src/lib/format'
import { i18n } from '../../../src-renderer/src/lib/i18n'
import type { Formatters } from '../../../src-renderer/src/lib/use-format'
import type { ChurnResult } from '../../../src-shared/domain/analytics'

type Customer = ChurnResult['customers'][number]

const f = {
  number: (value: number, digits?: number) => formatNumber(value, 'en', digits),
  money: (minor: number) => formatMoney(minor, 'en', 'CNY'),
} as Formatters

/** Bought 8 times over 420 days, the last 210 days ago: 7 gaps of 30 days, silent for 7 of them. */
const lapsing: Customer = {
  id: 1,
  name: 'Li',
  probability: 0.9,
  features: { recencyDays: 210, frequency: 8, monetary: 123_400, tenureDays: 420, tickets: 3, lastSatisfaction: 2 },
  contributions: { recencyDays: 2.1, frequency: -0.4, monetary: -0.1, tenureDays: 0.05, tickets: 0.6, lastSatisfaction: 0.3 },
}

describe('churn reasons per customer', () => {
  it('ranks the features that raise the risk most, largest first, at most three', () => {
    expect(topContributions(lapsing)).toEqual(['recencyDays', 'tickets', 'lastSatisfaction'])
    expect(topContributions(lapsing, 2)).toEqual(['recencyDays', 'tickets'])
  })

  it('falls back to the one feature moving the risk most when none raises it', () => {
    const safe = {
      ...lapsing,
      contributions: { ...lapsing.contributions, recencyDays: -3, tickets: -0.2, lastSatisfaction: -0.1, tenureDays: -1 },
    }
    expect(topContributions(safe)).toEqual(['recencyDays'])
  })

  it('works out the usual gap between purchases: (tenure − recency) ÷ (orders − 1)', () => {
    expect(usualGapDays(lapsing.features)).toBe(30)
    expect(usualGapDays({ ...lapsing.features, frequency: 1 })).toBeNull()
  })

  it('says them in words, with the silence measured against their habit', async () => {
    await i18n.changeLanguage('en')
    expect(churnReasons(lapsing, i18n.t, f)).toEqual([
      'no purchase for 210 days — 7× their usual gap',
      '3 service tickets',
      'last satisfaction 2 of 5',
    ])
    const oneOrder = { ...lapsing, features: { ...lapsing.features, frequency: 1 } }
    expect(churnReasons(oneOrder, i18n.t, f, 1)).toEqual(['no purchase for 210 days'])
    await i18n.changeLanguage('zh-CN')
    expect(churnReasons(lapsing, i18n.t, f, 1)).toEqual(['已 210 天未购买，是平时间隔的 7 倍'])
  })
})
