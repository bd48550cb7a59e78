import type { TFunction } from 'i18next'
import { CHURN_FEATURES, type ChurnFeature, type ChurnResult } from '../../../../../src-shared/domain/analytics'
import type { Formatters } from '../../../lib/use-format'

type ChurnCustomer = ChurnResult['customers'][number]

/** Show a "× their usual gap" only when the silence is clearly longer than their habit. */
const NOTABLE_GAP_RATIO = 1.5

/**
 * The features that raise this customer's risk most: their own contributions to the model's
 * log-odds (coefficient × standardised value, from the channel), largest first, up to `count`.
 * When nothing raises it (a low-risk row), the one that moves it most either way.
 */
export function topContributions(customer: ChurnCustomer, count = 3): ChurnFeature[] {
  const ranked = CHURN_FEATURES.toSorted((a, b) => customer.contributions[b] - customer.contributions[a])
  const raising = ranked.filter((f) => customer.contributions[f] > 0).slice(0, count)
  if (raising.length > 0) return raising
  return [CHURN_FEATURES.reduce((a, b) => (Math.abs(customer.contributions[b]) > Math.abs(customer.contributions[a]) ? b : a))]
}

/**
 * Days between purchases on average before the last one: the span from first to last
 * purchase over the gaps in it; null for a one-order customer.
 */
export function usualGapDays({ recencyDays, tenureDays, frequency }: ChurnCustomer['features']): number | null {
  if (recencyDays === null || tenureDays === null || frequency === null || frequency < 2) return null
  const gap = (tenureDays - recencyDays) / (frequency - 1)
  return gap > 0 ? gap : null
}

/** This customer's two or three biggest reasons, in words ("no purchase for 210 days — 3× their usual gap"). */
export function churnReasons(customer: ChurnCustomer, t: TFunction, f: Formatters, count = 3): string[] {
  return topContributions(customer, count).map((feature) => reason(feature, customer, t, f))
}

function reason(feature: ChurnFeature, customer: ChurnCustomer, t: TFunction, f: Formatters): string {
  const value = customer.features[feature] ?? 0
  const raises = customer.contributions[feature] > 0
  switch (feature) {
    case 'recencyDays': {
      const gap = usualGapDays(customer.features)
      const ratio = gap === null ? 0 : value / gap
      return ratio >= NOTABLE_GAP_RATIO
        ? t('drill:churn.recencyGap', { days: f.number(value, 0), ratio: f.number(ratio, 1) })
        : t('drill:churn.recencyDays', { days: f.number(value, 0) })
    }
    case 'frequency':
      return t(raises ? 'drill:churn.frequencyLow' : 'drill:churn.frequencyHigh', { count: value })
    case 'monetary':
      return t(raises ? 'drill:churn.monetaryLow' : 'drill:churn.monetaryHigh', { money: f.money(value) })
    case 'tenureDays':
      return t('drill:churn.tenureDays', { days: f.number(value, 0) })
    case 'tickets':
      return t('drill:churn.tickets', { count: value })
    case 'lastSatisfaction':
      return customer.features.lastSatisfaction === null
        ? t('drill:churn.neverSurveyed')
        : t('drill:churn.lastSatisfaction', { score: f.number(value, 1) })
  }
}
