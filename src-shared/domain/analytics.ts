/**
 * Results of the `analytics.*` channels. Money is integer minor units (fen / cents), dates
 * are local calendar dates `YYYY-MM-DD`, months `YYYY-MM`. Every result carries a `basis`
 * so the UI can say what a figure was computed from.
 */

/** What a result was computed from. */
export interface AnalyticsBasis {
  /** How many rows fed the computation, counted in `unit`. */
  rows: number
  unit: 'orders' | 'customers' | 'baskets' | 'tickets' | 'deals' | 'campaigns'
  /** First and last local date of the data used (null when there was none). */
  from: string | null
  to: string | null
  /** ISO-8601 UTC instant the figures were computed (a cached result keeps its time). */
  computedAt: string
}

export const FORECAST_MODELS = ['holtWinters', 'arima', 'linear'] as const
export type ForecastModelName = (typeof FORECAST_MODELS)[number]

/** How `auto` chose the model: each was fitted without the last months and scored on them. */
export interface ForecastSelection {
  holdoutMonths: number
  /** Root-mean-square error on the held-out months (minor units); null when the model could not run. */
  candidates: { name: ForecastModelName; rmse: number | null; neededMonths: number }[]
}

export interface ForecastResult {
  history: { month: string; revenue: number }[]
  /** mean ± 1.96 standard errors (a 95 % interval under normal errors). */
  forecast: { month: string; mean: number; lower: number; upper: number }[]
  model: {
    name: ForecastModelName
    /** Model parameters by name: alpha/beta/gamma, ARIMA coefficients, slope/intercept. */
    params: Record<string, number>
    /** Order of the ARIMA model as text, e.g. "(0,1,1)(0,1,1)[12]"; absent for the others. */
    spec?: string
    fit: { sse?: number; sigma2?: number; r2?: number }
  }
  /** Present when the model was chosen by holdout error (`model: 'auto'`). */
  selection?: ForecastSelection
  basis: AnalyticsBasis
}

export const CHURN_FEATURES = ['recencyDays', 'frequency', 'monetary', 'tenureDays', 'tickets', 'lastSatisfaction'] as const
export type ChurnFeature = (typeof CHURN_FEATURES)[number]

export interface ChurnResult {
  /** Current customers, highest churn probability first. */
  customers: {
    id: number
    name: string
    probability: number
    /** As of today; monetary in minor units, lastSatisfaction null when never surveyed. */
    features: Record<ChurnFeature, number | null>
    /**
     * What each feature adds to the customer's log-odds: coefficient × (value − training mean) ÷
     * training sd (a never-surveyed customer at the mean). Intercept + their sum = logit(probability).
     */
    contributions: Record<ChurnFeature, number>
  }[]
  model: {
    /** Coefficients per one standard deviation of each feature (features are standardised). */
    coefficients: { name: 'intercept' | ChurnFeature; value: number; standardError: number }[]
    converged: boolean
    iterations: number
    aic: number
    /** Area under the ROC curve on the training customers (in-sample, so optimistic). */
    auc: number
    /** Training: features before cutoff, label = no purchase from cutoff to today. */
    cutoff: string
    windowDays: number
    trainingCustomers: number
    churnedInWindow: number
    /** Ridge penalty used to keep the fit finite when classes separate. */
    l2: number
    /** Training means and standard deviations of the features (what they are standardised by). */
    means: Record<ChurnFeature, number>
    sds: Record<ChurnFeature, number>
  }
  basis: AnalyticsBasis
}

export const RFM_SEGMENTS = [
  'champions',
  'loyal',
  'potentialLoyalist',
  'new',
  'promising',
  'needAttention',
  'aboutToSleep',
  'cantLose',
  'atRisk',
  'hibernating',
  'lost',
] as const
export type RfmSegment = (typeof RFM_SEGMENTS)[number]

export interface RfmResult {
  asOf: string
  /** Every segment in a fixed order, with zero counts kept so the chart is stable. */
  segments: {
    key: RfmSegment
    /** i18n keys in the analytics namespace for the name and the plain-words rule. */
    nameKey: string
    explanationKey: string
    customers: number
    share: number
    avgRecencyDays: number | null
    avgFrequency: number | null
    /** Sum of order totals of the segment's customers, minor units. */
    monetary: number
  }[]
  basis: AnalyticsBasis
}

export interface ClustersResult {
  clusters: {
    /** Means of the members in original units (days, orders, minor units). */
    centroid: { recencyDays: number; frequency: number; monetary: number }
    size: number
  }[]
  /** Within-cluster sum of squares in the standardised feature space the model used. */
  inertia: number
  k: number
  basis: AnalyticsBasis
}

export interface BundleProduct {
  productId: number
  sku: string
  name: string
}

export interface BundlesResult {
  rules: {
    antecedent: BundleProduct[]
    consequent: BundleProduct[]
    /** Baskets holding every product of the rule. */
    count: number
    support: number
    confidence: number
    lift: number
  }[]
  basis: AnalyticsBasis
}

export interface DurationStats {
  /** Tickets that have the timestamp (answered / resolved). */
  count: number
  median: number | null
  p90: number | null
}

/** How many values fall in each bucket: `counts[i]` up to `edges[i]` (inclusive), the last above every edge. */
export interface Histogram {
  edges: number[]
  counts: number[]
}

/** SLA breaches among tickets opened in the period (breached so far, on either clock). */
export interface BreachRate {
  /** A priority or a kind (its catalog key), or `all`. */
  key: string
  tickets: number
  breached: number
  /** breached / tickets, 0–1; null without tickets. */
  rate: number | null
}

export interface ServiceResult {
  from: string
  to: string
  tickets: {
    opened: number
    /** Business minutes from opening to first response (the SLA calendar's hours only). */
    firstResponseMinutes: DurationStats
    /** Business hours the resolution clock ran (pending time excluded), for resolved tickets. */
    resolutionHours: DurationStats
    /** The same two, as distributions in business hours. */
    firstResponseHistogram: Histogram
    resolutionHistogram: Histogram
  }
  breaches: { overall: BreachRate; byPriority: BreachRate[]; byKind: BreachRate[] }
  /** Complaints among the tickets opened in the period; share null without tickets. */
  complaints: { count: number; share: number | null }
  /** Percent 0–100 of CSAT answers that are 4 or 5; null without answers. */
  csat: { score: number | null; responses: number }
  /** Promoters − detractors in percent, −100…100; null without answers. */
  nps: { score: number | null; responses: number }
  /** CSAT and NPS of each month of the period (local months), with their answer counts. */
  monthly: { month: string; csat: number | null; csatResponses: number; nps: number | null; npsResponses: number }[]
  /** Customers with two or more complaints opened in the period, most first (at most 10). */
  repeatComplaints: { customerId: number; name: string; phone: string | null; complaints: number; lastAt: string }[]
  /** CSAT answers per score, `csatCounts[0]` for 1 … `[4]` for 5. */
  csatCounts: number[]
  /** NPS answers per score 0–10. */
  npsCounts: number[]
  /** Detractors answered 0–6, passives 7–8, promoters 9–10. */
  npsGroups: { detractors: number; passives: number; promoters: number }
  /** Tickets opened per local month, each month cut to the period (`from`..`to` local days). */
  monthlyTickets: { month: string; from: string; to: string; opened: number }[]
  basis: AnalyticsBasis
}

export interface FunnelResult {
  stages: {
    stageId: number
    name: string
    kind: 'open' | 'won'
    /** Deals that got at least this far along the pipeline. */
    reached: number
    /** From the previous stage to this one (null for the first stage or an empty funnel). */
    conversion: number | null
    dropOff: number | null
    /** Median days from entering the stage to leaving it, over the deals that left it (open stages). */
    medianDays: number | null
    /** How many stays the median is over. */
    timedStays: number
  }[]
  /** Share of deals entering the first stage that reached the last. */
  overall: number | null
  /** The stage whose entry loses the largest share of deals (null when nothing dropped). */
  bottleneckStageId: number | null
  /** The open stage with the longest median time in it (null when no deal has left a stage). */
  slowestStageId: number | null
  /** The deals counted: created in this range of local days (null ends: open-ended). */
  range: { from: string | null; to: string | null }
  basis: AnalyticsBasis
}

export interface CampaignsResult {
  campaigns: {
    id: number
    name: string
    startsOn: string | null
    endsOn: string | null
    cost: number
    /** Counted orders attributed to this campaign (its own, or a contacted member's within the window). */
    orders: number
    /** Σ (total − refunded) of those orders. */
    revenue: number
    /** Σ (line total − quantity × product cost) over lines with a known cost. */
    grossProfit: number
    /** (gross profit − cost) / cost; null when the campaign cost nothing. */
    roi: number | null
  }[]
  totals: { cost: number; revenue: number; grossProfit: number; roi: number | null }
  basis: AnalyticsBasis
}
