/**
 * The before/after report ("did this change help?"): the same figures over two periods of equal
 * length either side of a day. Money is integer minor units, shares fractions 0–1, CSAT 0–100,
 * NPS −100–100.
 */
import type { DayRange, KpiMissingReason } from './dashboard-types'

export const BEFORE_AFTER_FIGURES = [
  'revenue',
  'orders',
  'averageOrderValue',
  'returningShare',
  'csat',
  'nps',
  'campaignCost',
] as const
export type BeforeAfterFigure = (typeof BEFORE_AFTER_FIGURES)[number]

/**
 * How a change is told: as a ratio of the before value (sales, orders, cost) or as a difference
 * in points (shares and scores, where "+5 %" of a percentage would mislead).
 */
export const CHANGE_KIND: Record<BeforeAfterFigure, 'ratio' | 'points'> = {
  revenue: 'ratio',
  orders: 'ratio',
  averageOrderValue: 'ratio',
  returningShare: 'points',
  csat: 'points',
  nps: 'points',
  campaignCost: 'ratio',
}

/**
 * Why a side has no figure: the dashboard's reasons, plus a period still to come and a period
 * in which no dated campaign ran.
 */
export type BeforeAfterReason = KpiMissingReason | 'future' | 'noCampaigns'

export type BeforeAfterValue =
  { value: number; basis: number | null; reason: null } | { value: null; basis: number | null; reason: BeforeAfterReason }

export interface BeforeAfterRow {
  before: BeforeAfterValue
  after: BeforeAfterValue
  /** after ÷ before − 1 (ratio) or after − before (points); null when either side is missing or before is 0. */
  change: number | null
}

export interface BeforeAfterReport {
  /** The day of the change: the first day of `after`. */
  date: string
  /** Days compared on each side: those asked for, or fewer while the after period is under way. */
  days: number
  /** Days asked for on each side. */
  requestedDays: number
  /** The `days` days ending the day before `date`. */
  before: DayRange
  /** The `days` days starting on `date`. */
  after: DayRange
  /** Days asked for that have not passed yet (today included): `requestedDays − days`, or all when none has. */
  daysToCome: number
  figures: Record<BeforeAfterFigure, BeforeAfterRow>
}
