import { z } from 'zod'
import { id, isoDate, wellFormed } from '../ipc/schemas'
import { RFM_SEGMENTS } from './analytics'

/** Where a customer is in their life with the shop (`src-main/marketing/lifecycle/` says how each is decided). */
export const LIFECYCLE_STAGES = ['lead', 'new', 'returning', 'atRisk', 'lapsed'] as const
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number]

/** Churn probability bands: high from 0.6, medium from 0.3 (the churn analysis's probability of no purchase). */
export const CHURN_BANDS = ['low', 'medium', 'high'] as const
export type ChurnBand = (typeof CHURN_BANDS)[number]
export const CHURN_BAND_FROM = { medium: 0.3, high: 0.6 } as const

export const CAMPAIGN_RESPONSES = ['member', 'contacted', 'responded', 'notResponded', 'bought'] as const
export const AMOUNT_RULES = ['orderCount', 'totalSpend', 'averageOrderValue'] as const
export const LIST_RULES = ['city', 'source'] as const

/** Catalog keys of the definition's own refusals (the registrar translates them). */
const msg = {
  bounds: 'marketing-segments.validation.bounds',
  minAboveMax: 'marketing-segments.validation.minAboveMax',
  fromAfterTo: 'marketing-segments.validation.fromAfterTo',
  clusterOutOfRange: 'marketing-segments.validation.clusterOutOfRange',
  duplicates: 'marketing-segments.validation.duplicates',
} as const

/** Limits that keep a hostile or broken definition from building a huge query. */
export const SEGMENT_LIMITS = { groups: 10, rulesPerGroup: 12, values: 50, days: 36_500, money: 1e13, orders: 1_000_000 } as const

const distinct = <T extends z.ZodType>(item: T, min = 1) =>
  z
    .array(item)
    .min(min)
    .max(SEGMENT_LIMITS.values)
    .refine((list) => new Set(list.map((v) => JSON.stringify(v))).size === list.length, { error: msg.duplicates })

const days = z.int().min(0).max(SEGMENT_LIMITS.days)
const label = wellFormed(z.string().trim().min(1).max(100))

const inOrder = (r: { min?: number; max?: number }): boolean => r.min === undefined || r.max === undefined || r.min <= r.max
const datesInOrder = (r: { from?: string; to?: string }): boolean => !r.from || !r.to || r.from <= r.to

const amountRule = z
  .strictObject({
    kind: z.enum(AMOUNT_RULES),
    min: z.int().min(0).max(SEGMENT_LIMITS.money).optional(),
    max: z.int().min(0).max(SEGMENT_LIMITS.money).optional(),
  })
  .refine((r) => r.min !== undefined || r.max !== undefined, { error: msg.bounds })
  .refine(inOrder, { error: msg.minAboveMax })

const period = z.strictObject({ from: isoDate, to: isoDate }).refine(datesInOrder, { error: msg.fromAfterTo })

const boughtRule = z.strictObject({
  kind: z.literal('bought'),
  target: z.union([z.strictObject({ productId: id }), z.strictObject({ category: label })]),
  when: z.union([z.enum(['ever', 'never']), z.strictObject({ withinDays: days.min(1) }), period]),
})

const clusterRule = z
  .strictObject({ kind: z.literal('cluster'), k: z.int().min(2).max(8), clusters: distinct(z.int().min(0).max(7)) })
  .refine((r) => r.clusters.every((c) => c < r.k), { error: msg.clusterOutOfRange })

/** One filter of a segment; `src-main/marketing/segments/rules/` turns each kind into SQL. */
export const segmentRule = z.union([
  z.strictObject({ kind: z.literal('rfm'), segments: distinct(z.enum(RFM_SEGMENTS)) }),
  z.strictObject({ kind: z.literal('lastPurchase'), op: z.enum(['moreThanDaysAgo', 'withinDays']), days }),
  z.strictObject({ kind: z.literal('neverBought') }),
  amountRule,
  boughtRule,
  z.strictObject({ kind: z.literal('tags'), op: z.enum(['any', 'all', 'none']), tagIds: distinct(id) }),
  z.strictObject({ kind: z.enum(LIST_RULES), values: distinct(label) }),
  z
    .strictObject({ kind: z.literal('created'), from: isoDate.optional(), to: isoDate.optional() })
    .refine((r) => r.from !== undefined || r.to !== undefined, { error: msg.bounds })
    .refine(datesInOrder, { error: msg.fromAfterTo }),
  z.strictObject({ kind: z.literal('lifecycle'), stages: distinct(z.enum(LIFECYCLE_STAGES)) }),
  z.strictObject({ kind: z.literal('churnRisk'), bands: distinct(z.enum(CHURN_BANDS)) }),
  clusterRule,
  z.strictObject({ kind: z.literal('campaign'), campaignId: id, response: z.enum(CAMPAIGN_RESPONSES) }),
])

const match = z.enum(['all', 'any'])

export const segmentGroup = z.strictObject({
  match,
  rules: z.array(segmentRule).min(1).max(SEGMENT_LIMITS.rulesPerGroup),
})

/** (A and B) or (C) …: groups of rules, each group and the whole matching all or any. */
export const segmentDefinition = z.strictObject({
  match,
  groups: z.array(segmentGroup).min(1).max(SEGMENT_LIMITS.groups),
})

export type SegmentRule = z.output<typeof segmentRule>
export type SegmentRuleKind = SegmentRule['kind']
export type SegmentGroup = z.output<typeof segmentGroup>
export type SegmentDefinition = z.output<typeof segmentDefinition>
export type RuleOf<K extends SegmentRuleKind> = Extract<SegmentRule, { kind: K }>
