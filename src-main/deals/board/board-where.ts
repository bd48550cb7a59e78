import type { StageKind } from '../../../src-shared/domain/deal-types'
import type { BoardFilter } from '../../../src-shared/ipc/channels/deals'
import { REACHED_DEALS, reachedDealsParams } from '../../insights/sql/funnel-reach'
import { DUE_FROM_TODAY } from '../../tasks/queries'
import type { BoardClock } from './board-clock'

/** The column a query reads: a stage, with what its rules need. */
export interface ColumnScope {
  stageId: number
  kind: StageKind
  probability: number
  staleDays: number | null
}

type Param = string | number | null

/**
 * A deal's weighted value in SQL over `d`: the rounding of `src-shared/domain/deal-weight.ts`
 * (probability to the basis point, value × probability half up to the minor unit, per deal).
 */
export const weightedSql = (stageProbability: string): string =>
  `(d.value * CAST(round(coalesce(d.probability, ${stageProbability}) * 10000) AS INTEGER) + 5000) / 10000`

export const WEIGHTED_SQL = weightedSql('@stageProbability')

/**
 * Stale: an open deal in its stage longer than the stage allows, with no planned follow-up
 * (an open task of the deal due today or later, all-day or timed; an overdue one is a missed
 * plan, not a plan). Binds `@today` and `@todayStart`.
 */
export const STALE_SQL = `(@staleDays IS NOT NULL AND d.status = 'open'
  AND julianday(@now) - julianday(coalesce(d.stage_entered_at, d.created_at)) > @staleDays
  AND NOT EXISTS (SELECT 1 FROM tasks t
    WHERE t.deal_id = d.id AND t.done_at IS NULL AND t.deleted_at IS NULL AND ${DUE_FROM_TODAY}))`

export interface ColumnQuery {
  /** Conditions over `d` (deals) and, when `needsCustomer`, `c` (its customer). */
  where: string
  needsCustomer: boolean
  params: Record<string, Param>
}

/** Which deals of the column match the board's filter: the cards and the figures read the same rows. */
export function columnQuery(scope: ColumnScope, filter: BoardFilter, clock: BoardClock): ColumnQuery {
  // Open columns hold the open deals; Won and Lost the deals closed this month.
  const where = [
    'd.deleted_at IS NULL',
    'd.stage_id = @stageId',
    // A drill-down shows every deal the funnel counted, in the column it is in now.
    filter.drill ? `d.id IN (${REACHED_DEALS})` : scope.kind === 'open' ? `d.status = 'open'` : 'd.closed_at >= @monthStart',
  ]
  const params: Record<string, Param> = {
    stageId: scope.stageId,
    stageProbability: scope.probability,
    staleDays: scope.staleDays,
    now: clock.now,
    today: clock.today,
    todayStart: clock.todayStart,
    dayStart: clock.dayStart,
    monthStart: clock.monthStart,
  }
  if (filter.drill) Object.assign(params, reachedDealsParams(filter.drill.reachedStageId, filter.drill))
  const text = filter.text?.toLowerCase()
  if (text) {
    where.push(`(instr(lower(d.title), @text) > 0 OR instr(lower(c.name), @text) > 0
      OR instr(c.name_pinyin, @text) > 0 OR instr(c.name_initials, @text) > 0 OR instr(c.phone_norm, @text) > 0)`)
    params.text = text
  }
  if (filter.customerId !== undefined) {
    where.push('d.customer_id = @customerId')
    params.customerId = filter.customerId
  }
  if (filter.staleOnly) where.push(STALE_SQL)
  if (filter.closingThisMonth) {
    where.push('d.expected_close BETWEEN @monthFirstDay AND @monthLastDay')
    params.monthFirstDay = clock.monthFirstDay
    params.monthLastDay = clock.monthLastDay
  }
  if (filter.minValue !== undefined) {
    where.push('d.value >= @minValue')
    params.minValue = filter.minValue
  }
  if (filter.maxValue !== undefined) {
    where.push('d.value <= @maxValue')
    params.maxValue = filter.maxValue
  }
  return { where: where.join(' AND '), needsCustomer: Boolean(text), params }
}
