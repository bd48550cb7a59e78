import { z } from 'zod'
import type { BeforeAfterReport } from '../../domain/before-after-types'
import { TREND_BUCKETS, type DashboardKpis, type DashboardTrend } from '../../domain/dashboard-types'
import { channel } from '../channel'
import { isoDate } from '../schemas'

/** Local calendar days `from`..`to`, both included. */
const period = { from: isoDate, to: isoDate }
const inOrder = (v: { from: string; to: string }): boolean => v.from <= v.to
const fromAfterTo = { message: 'analytics.errors.fromAfterTo', path: ['to'] }

export const kpisInput = z.strictObject(period).refine(inOrder, fromAfterTo)

export const trendInput = z.strictObject({ ...period, bucket: z.enum(TREND_BUCKETS) }).refine(inOrder, fromAfterTo)

export type KpisInput = z.output<typeof kpisInput>
export type TrendInput = z.output<typeof trendInput>

/** The day of the change and how many days to compare on each side (a year at most). */
export const beforeAfterInput = z.strictObject({ date: isoDate, days: z.number().int().min(1).max(366).default(28) })
export type BeforeAfterInput = z.output<typeof beforeAfterInput>

/** The dashboard's tiles and sales trend, read from summary tables kept by triggers. */
export const dashboardChannels = {
  /** Every tile for the period and for the previous period of the same length. */
  'dashboard.kpis': channel<DashboardKpis>()(kpisInput),
  /** Revenue and orders per local day, week or month of the period, empty buckets as zero. */
  'dashboard.trend': channel<DashboardTrend>()(trendInput),
  /** Sales, orders, order value, returning share, CSAT, NPS and campaign cost before and after a day. */
  'dashboard.beforeAfter': channel<BeforeAfterReport>()(beforeAfterInput),
}
