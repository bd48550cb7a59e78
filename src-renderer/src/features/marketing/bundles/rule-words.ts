import type { BundleProduct } from '../../../../../src-shared/domain/analytics'
import type { SegmentDefinition } from '../../../../../src-shared/domain/segment'

/**
 * Confidence as "k in n": in tens while that reads true ("3 in 10"), else in hundreds or
 * thousands, so a weak rule never reads "0 in 10" and "10 in 10" means all of them.
 */
export function inWords(confidence: number): { k: number; n: number } {
  for (const n of [10, 100]) {
    const k = Math.round(confidence * n)
    if (k >= 1 && k < n) return { k, n }
  }
  const k = Math.max(1, Math.round(confidence * 1000))
  // Only an (almost) certain rule gets here from above: it reads "10 in 10".
  return k >= 1000 ? { k: 10, n: 10 } : { k, n: 1000 }
}

/**
 * "Buyers of X who never bought Y": bought every product of the rule's left side (ever) and
 * none of its right side — the segment the bundles tab creates in one click.
 */
export function targetDefinition(antecedent: BundleProduct[], consequent: BundleProduct[]): SegmentDefinition {
  return {
    match: 'all',
    groups: [
      {
        match: 'all',
        rules: [
          ...antecedent.map((p) => ({ kind: 'bought' as const, target: { productId: p.productId }, when: 'ever' as const })),
          ...consequent.map((p) => ({ kind: 'bought' as const, target: { productId: p.productId }, when: 'never' as const })),
        ],
      },
    ],
  }
}
