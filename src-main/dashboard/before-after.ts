import type Database from 'better-sqlite3'
import {
  BEFORE_AFTER_FIGURES,
  CHANGE_KIND,
  type BeforeAfterFigure,
  type BeforeAfterReport,
  type BeforeAfterRow,
  type BeforeAfterValue,
} from '../../src-shared/domain/before-after-types'
import type { DayRange } from '../../src-shared/domain/dashboard-types'
import type { BeforeAfterInput } from '../../src-shared/ipc/channels/dashboard'
import { daysBetween, shiftDays } from '../insights/lib/dates'
import { campaignCost } from './before-after-campaign-cost'
import { salesKpis } from './sales-kpis'
import { serviceKpis } from './service-kpis'

/** One side's figures, as the dashboard's tiles compute them (same definitions, same tables). */
function figuresOf(db: Database.Database, period: DayRange): Record<BeforeAfterFigure, BeforeAfterValue> {
  const sales = salesKpis(db, period)
  const service = serviceKpis(db, period)
  // A period without a single counted order has no sales to compare: "no orders", not ¥0 (−100 %).
  const noOrders = sales.orders.value === 0
  return {
    revenue: noOrders ? { value: null, basis: 0, reason: 'noOrders' } : sales.revenue,
    orders: noOrders ? { value: null, basis: 0, reason: 'noOrders' } : sales.orders,
    averageOrderValue: sales.averageOrderValue,
    returningShare: sales.returningShare,
    csat: service.csat,
    nps: service.nps,
    campaignCost: campaignCost(db, period),
  }
}

const FUTURE: BeforeAfterValue = { value: null, basis: null, reason: 'future' }

function row(figure: BeforeAfterFigure, before: BeforeAfterValue, after: BeforeAfterValue): BeforeAfterRow {
  if (before.value === null || after.value === null) return { before, after, change: null }
  if (CHANGE_KIND[figure] === 'points') return { before, after, change: after.value - before.value }
  return { before, after, change: before.value === 0 ? null : after.value / before.value - 1 }
}

/**
 * The equal periods either side of a day of change: before = the `days` days ending the day
 * before `date`, after = the `days` days starting on `date`. Only whole days that have passed
 * count: while the after period is still under way, both sides shrink to the days it has so far
 * (equal lengths, so a half-finished month is not compared with a whole one) and `daysToCome`
 * says how many are missing; one that starts today or later has no figures yet.
 */
export function beforeAfter(db: Database.Database, input: BeforeAfterInput, today: string): BeforeAfterReport {
  const { date } = input
  const passed = Math.max(0, daysBetween(date, today))
  // Nothing after has passed yet: the before side is shown whole, the after side waits.
  const days = passed === 0 ? input.days : Math.min(input.days, passed)
  const before = { from: shiftDays(date, -days), to: shiftDays(date, -1) }
  const after = { from: date, to: shiftDays(date, days - 1) }
  const beforeFigures = figuresOf(db, before)
  const afterFigures = passed === 0 ? null : figuresOf(db, after)
  const figures = Object.fromEntries(
    BEFORE_AFTER_FIGURES.map((f) => [f, row(f, beforeFigures[f], afterFigures?.[f] ?? FUTURE)]),
  ) as Record<BeforeAfterFigure, BeforeAfterRow>
  return { date, days, requestedDays: input.days, before, after, daysToCome: input.days - Math.min(input.days, passed), figures }
}
