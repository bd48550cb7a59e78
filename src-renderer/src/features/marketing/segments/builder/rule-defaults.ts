import type { SegmentDefinition, SegmentRule, SegmentRuleKind } from '../../../../../../src-shared/domain/segment'

/** The filters offered, in the order the picker lists them. */
export const RULE_KINDS: readonly SegmentRuleKind[] = [
  'lastPurchase',
  'neverBought',
  'orderCount',
  'totalSpend',
  'averageOrderValue',
  'bought',
  'tags',
  'city',
  'source',
  'created',
  'lifecycle',
  'rfm',
  'churnRisk',
  'cluster',
  'campaign',
]

/**
 * A new filter of a kind, as the builder first shows it. Some start incomplete (no tag, no
 * product chosen yet): the count waits until the definition passes its schema.
 */
export function defaultRule(kind: SegmentRuleKind): SegmentRule {
  switch (kind) {
    case 'lastPurchase':
      return { kind, op: 'moreThanDaysAgo', days: 90 }
    case 'neverBought':
      return { kind }
    case 'orderCount':
      return { kind, min: 2 }
    case 'totalSpend':
    case 'averageOrderValue':
      return { kind, min: 0 }
    case 'bought':
      return { kind, target: { category: '' }, when: 'ever' }
    case 'tags':
      return { kind, op: 'any', tagIds: [] }
    case 'city':
    case 'source':
      return { kind, values: [] }
    case 'created':
      return { kind }
    case 'lifecycle':
      return { kind, stages: ['atRisk'] }
    case 'rfm':
      return { kind, segments: ['champions'] }
    case 'churnRisk':
      return { kind, bands: ['high'] }
    case 'cluster':
      return { kind, k: 4, clusters: [0] }
    case 'campaign':
      return { kind, campaignId: 0, response: 'member' }
  }
}

export const emptyDefinition = (): SegmentDefinition => ({
  match: 'any',
  groups: [{ match: 'all', rules: [defaultRule('lastPurchase')] }],
})
