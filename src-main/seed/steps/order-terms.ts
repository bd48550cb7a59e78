import type { Locale } from '../../../src-shared/i18n/locales'
import { DAY_MS } from '../calendar/festivals'
import type { Rng } from '../random/seed-rng'

export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'completed' | 'cancelled' | 'refunded'

/**
 * Recent orders are still moving (pending → paid → shipped); older ones are completed,
 * except a few cancellations and refunds.
 */
export function orderStatus(rng: Rng, ms: number, asOfMs: number): OrderStatus {
  const age = asOfMs - ms
  if (age < 3 * DAY_MS) return rng.pick(['pending', 'paid', 'shipped', 'completed'] as const)
  const u = rng.next()
  return u < 0.035 ? 'cancelled' : u < 0.065 ? 'refunded' : 'completed'
}

/**
 * A coupon on some orders (more often on campaign orders), in whole yuan / dollars and never
 * more than the subtotal.
 */
export function orderDiscount(rng: Rng, subtotal: number, campaign: boolean): number {
  if (!rng.chance(campaign ? 0.6 : 0.15)) return 0
  const share = 0.05 + rng.next() * 0.15
  return Math.min(subtotal, Math.round((subtotal * share) / 100) * 100)
}

/**
 * Chinese retail prices include VAT, so a zh-CN shop charges no tax on top; the English demo
 * shop adds a 6% sales tax so reports show a tax column that is not all zeros.
 */
export function orderTax(locale: Locale, taxable: number): number {
  return locale === 'zh-CN' ? 0 : Math.round(taxable * 0.06)
}
