import { z } from 'zod'
import { channel } from '../channel'
import {
  FORECAST_MODELS,
  type BundlesResult,
  type CampaignsResult,
  type ChurnResult,
  type ClustersResult,
  type ForecastResult,
  type FunnelResult,
  type RfmResult,
  type ServiceResult,
} from '../../domain/analytics'
import { isoDate, limit } from '../schemas'

/** Local days `from`..`to`, both included, either end open (the dashboard's period). */
const period = { from: isoDate.optional(), to: isoDate.optional() }
const periodInOrder: [(v: { from?: string; to?: string }) => boolean, { message: string; path: string[] }] = [
  (v) => !v.from || !v.to || v.from <= v.to,
  { message: 'analytics.errors.fromAfterTo', path: ['to'] },
]

export const forecastInput = z.strictObject({
  months: z.int().min(1).max(24),
  /** A model by name, or `auto`: the one with the smallest error on the last months held out. */
  model: z.enum(['auto', ...FORECAST_MODELS]),
})

export const churnInput = z.strictObject({
  /** A customer counts as churned after this many days without a purchase. */
  windowDays: z.int().min(30).max(365),
  limit: limit(500).default(50),
})

export const rfmInput = z.strictObject({ asOf: isoDate.optional() })

/** Customers who bought in the period (default: ever), as of its last day (default: today). */
export const clustersInput = z.strictObject({ k: z.int().min(2).max(8), ...period }).refine(...periodInOrder)

/** Baskets of the orders placed in the period (default: all). */
export const bundlesInput = z
  .strictObject({
    minSupport: z.number().min(0.0005).max(1).default(0.01),
    minConfidence: z.number().min(0).max(1).default(0.2),
    limit: limit(200).default(20),
    ...period,
  })
  .refine(...periodInOrder)

/** Deals created in this range of local days (either end open), for the funnel. */
export const funnelInput = z.strictObject(period).refine(...periodInOrder)

export const serviceInput = z.strictObject(period).refine(...periodInOrder)

/** Campaigns that ran in the period or sold in it, their revenue from the period's orders (default: all). */
export const campaignsInput = z.strictObject(period).refine(...periodInOrder)

export type ForecastInput = z.output<typeof forecastInput>
export type ChurnInput = z.output<typeof churnInput>
export type RfmInput = z.output<typeof rfmInput>
export type ClustersInput = z.output<typeof clustersInput>
export type BundlesInput = z.output<typeof bundlesInput>
export type ServiceInput = z.output<typeof serviceInput>
export type FunnelInput = z.output<typeof funnelInput>
export type CampaignsInput = z.output<typeof campaignsInput>

/** Dashboards' figures, computed in the main process (the heavy ones in a worker) and cached. */
export const analyticsChannels = {
  /** Monthly revenue history and a forecast with 95 % intervals (the model named, or chosen by holdout). */
  'analytics.forecast': channel<ForecastResult>()(forecastInput),
  /** Churn probability of current customers from a logistic model trained on the past. */
  'analytics.churn': channel<ChurnResult>()(churnInput),
  /** Customers per RFM segment as of a date (default today). */
  'analytics.rfm': channel<RfmResult>()(rfmInput),
  /** k-means groups of customers by recency, frequency and spend (of a period's buyers, if given). */
  'analytics.clusters': channel<ClustersResult>()(clustersInput),
  /** Products bought together: association rules over order baskets (of a period, if given). */
  'analytics.bundles': channel<BundlesResult>()(bundlesInput),
  /** Ticket response and resolution times, CSAT and NPS over a period (default 90 days). */
  'analytics.service': channel<ServiceResult>()(serviceInput),
  /** How far deals created in a date range got along the pipeline, stage by stage, and how long they stayed. */
  'analytics.funnel': channel<FunnelResult>()(funnelInput),
  /** Cost, attributed revenue and ROI per campaign (revenue from a period's orders, if given). */
  'analytics.campaigns': channel<CampaignsResult>()(campaignsInput),
}
