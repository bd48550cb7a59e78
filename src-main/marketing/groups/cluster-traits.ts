import type { ClusterFeature, Trait } from '../../../src-shared/domain/customer-groups'

/**
 * A cluster's figure is "high" above 1.25× the average customer's and "low" below 0.75×
 * (a quarter either way: wide enough that a phrase names only what sets the group apart).
 */
export const TRAIT_THRESHOLDS = { low: 0.75, high: 1.25 } as const

export function trait(value: number, average: number): Trait {
  if (!(average > 0)) return 'average'
  const ratio = value / average
  if (ratio > TRAIT_THRESHOLDS.high) return 'high'
  if (ratio < TRAIT_THRESHOLDS.low) return 'low'
  return 'average'
}

export const traitsOf = (
  centre: Record<ClusterFeature, number>,
  average: Record<ClusterFeature, number>,
): Record<ClusterFeature, Trait> => ({
  recencyDays: trait(centre.recencyDays, average.recencyDays),
  frequency: trait(centre.frequency, average.frequency),
  monetary: trait(centre.monetary, average.monetary),
  basket: trait(centre.basket, average.basket),
})
