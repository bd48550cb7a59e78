import type Database from 'better-sqlite3'
import type { DashboardTrend } from '../../src-shared/domain/dashboard-types'
import type { TrendInput } from '../../src-shared/ipc/channels/dashboard'
import { dayStartUtc, shiftDays } from '../insights/lib/dates'
import { salesInSpans } from './hour-buckets'
import { bucketsOf } from './periods'

/** Revenue and orders of the counted orders per local day, week or month, from `order_hour_totals`. */
export function computeTrend(db: Database.Database, input: TrendInput): DashboardTrend {
  const period = { from: input.from, to: input.to }
  const buckets = bucketsOf(period, input.bucket)
  const edges = [...buckets.map((b) => dayStartUtc(b.from)), dayStartUtc(shiftDays(input.to, 1))]
  const sums = salesInSpans(db, edges)
  return { period, bucket: input.bucket, points: buckets.map((b, i) => ({ ...b, ...sums[i] })) }
}
