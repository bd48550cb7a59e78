import type { AnalyticsBasis, RfmSegment } from './analytics'

/** Inclusive range of a 1–5 quintile score. */
export type ScoreRange = readonly [number, number]

/**
 * One RFM segment's rule: every score within its range (a missing score: any), the raw order
 * count where it matters, and the segments it yields to (a customer who meets both is there).
 */
export interface RfmRule {
  key: RfmSegment
  r?: ScoreRange
  f?: ScoreRange
  m?: ScoreRange
  orders?: 'one' | 'several'
  unless?: readonly RfmSegment[]
}

export interface RfmOverview {
  asOf: string
  segments: {
    key: RfmSegment
    rule: RfmRule
    customers: number
    /** Counted orders' totals of the segment's customers, minor units. */
    revenue: number
    /** Of all scored customers, and of all their revenue. */
    customerShare: number
    revenueShare: number
  }[]
  customers: number
  revenue: number
  basis: AnalyticsBasis
}

/** Where a cluster's figure sits against the average customer's. */
export type Trait = 'low' | 'average' | 'high'

export const CLUSTER_FEATURES = ['recencyDays', 'frequency', 'monetary', 'basket'] as const
export type ClusterFeature = (typeof CLUSTER_FEATURES)[number]

export interface ClusterOverview {
  k: number
  /** `silhouette`: the k with the best mean silhouette over 2–8; `owner`: the k asked for. */
  chosenBy: 'silhouette' | 'owner'
  /** Mean silhouette of each k tried (k = 2..8 that the data allows). */
  silhouettes: { k: number; score: number }[]
  /** Customers each k was fitted on while choosing (a fixed sample of large shops; the chosen k is fitted on all). */
  fitted: number
  /** Of those, the customers the silhouette was measured on. */
  sampled: number
  /** Above `high`× the average is high, below `low`× is low (see `cluster-traits.ts`). */
  thresholds: { low: number; high: number }
  /** The average customer: days since last purchase, orders, spend, spend per order. */
  average: Record<ClusterFeature, number>
  clusters: {
    /** As the clusters analysis numbers them (the `cluster` segment rule's numbers). */
    index: number
    size: number
    revenue: number
    centre: Record<ClusterFeature, number>
    traits: Record<ClusterFeature, Trait>
  }[]
  customers: number
  basis: AnalyticsBasis
}
