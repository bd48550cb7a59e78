import { DAY_MS } from '../calendar/festivals'
import { ensureDefaultPipelineStages } from '../../db/defaults/pipeline-stages'
import { insertStatement } from '../insert-statement'
import { iso, isoDate, type SeedContext } from '../seed-context'
import { DEAL_SUBJECTS, LOST_REASONS } from '../vocab/sales-text'
import type { CustomerPlan } from './customer-plan'
import { dealPath, type StageRow } from './deal-path'

/** The inserted deals, for their activities and follow-up tasks. */
export interface DealLog {
  ids: number[]
  customer: number[]
  /** Created and last-moved instants. */
  fromMs: number[]
  toMs: number[]
  open: boolean[]
}

const DEAL_COLUMNS = ['uid', 'customer_id', 'title', 'value', 'stage_id', 'position', 'probability', 'expected_close',
  'status', 'lost_reason', 'closed_at', 'created_at', 'updated_at'] as const

/**
 * A few percent of customers are businesses with bigger deals (gift boxes for a company
 * party, monthly office beans). Each deal gets its stage history, with the pipeline the
 * database already has (the defaults in the chosen language on a new one).
 */
export function generateDeals(ctx: SeedContext, customers: CustomerPlan): DealLog {
  const stages = pipelineStages(ctx)
  const rng = ctx.rng('deals')
  const insert = insertStatement(ctx.db, 'deals', DEAL_COLUMNS)
  const insertMove = insertStatement(ctx.db, 'deal_stage_history', ['deal_id', 'from_stage_id', 'to_stage_id', 'at'])
  const nameOf = ctx.db.prepare('SELECT name FROM customers WHERE id = ?').pluck()
  const count = customers.count === 0 ? 0 : Math.max(Math.min(customers.count, 20), Math.round(customers.count * 0.03))
  const log: DealLog = { ids: [], customer: [], fromMs: [], toMs: [], open: [] }
  const positions = new Map<number, number>()
  let moves = 0
  for (let d = 0; d < count; d++) {
    const customer = rng.int(0, customers.count)
    const firstDay = Math.max(customers.firstDay[customer], ctx.calendar.days - 730)
    const createdMs = Math.max(customers.createdMs[customer] + 60_000, ctx.calendar.timeOn(rng.int(firstDay, ctx.calendar.days), rng))
    const path = dealPath(rng, stages, (ctx.calendar.asOfMs - createdMs) / DAY_MS)
    const times = stageTimes(rng.logNormal, createdMs, ctx.calendar.asOfMs, path.length)
    const last = path[path.length - 1]
    const lastMs = times[times.length - 1]
    const closed = last.kind !== 'open'
    const position = (positions.get(last.id) ?? 0) + 1
    positions.set(last.id, position)
    const value = Math.round(2000 * 100 ** rng.next()) * 100 // 2,000-200,000, log-uniform, in fen
    const expected = closed ? lastMs : Math.max(ctx.calendar.asOfMs, createdMs) + rng.int(7, 90) * DAY_MS
    const title = `${ctx.say(rng.pick(DEAL_SUBJECTS))} · ${String(nameOf.get(customers.ids[customer]))}`
    const id = insert([ctx.uid(createdMs), customers.ids[customer], title, value, last.id, position * 1024, last.probability,
      isoDate(expected), last.kind, last.kind === 'lost' ? ctx.say(rng.pick(LOST_REASONS)) : null,
      closed ? iso(lastMs) : null, iso(createdMs), iso(lastMs)])
    path.forEach((stage, i) => insertMove([id, i === 0 ? null : path[i - 1].id, stage.id, iso(times[i])]))
    moves += path.length
    log.ids.push(id)
    log.customer.push(customer)
    log.fromMs.push(createdMs)
    log.toMs.push(lastMs)
    log.open.push(!closed)
  }
  ctx.wrote('deals', count)
  ctx.wrote('deal_stage_history', moves)
  return log
}

/**
 * The database's stages; on a new database the defaults, stamped with the shop's first day
 * and seeded uids instead of the wall clock, so the same seed gives the same rows.
 */
function pipelineStages(ctx: SeedContext): StageRow[] {
  const inserted = ensureDefaultPipelineStages(ctx.db, ctx.locale)
  ctx.wrote('pipeline_stages', inserted)
  const stages = ctx.db.prepare('SELECT id, probability, kind FROM pipeline_stages ORDER BY position, id').all() as StageRow[]
  if (inserted === 0) return stages
  const stamp = ctx.db.prepare('UPDATE pipeline_stages SET uid = ?, created_at = ?, updated_at = ? WHERE id = ?')
  const ms = ctx.calendar.asOfMs - ctx.calendar.days * DAY_MS
  stages.forEach((stage, i) => stamp.run(ctx.uid(ms + i), iso(ms + i), iso(ms + i), stage.id))
  return stages
}

/** Times of each stage entry: a week or so apart, always before the end of the history. */
function stageTimes(logNormal: (median: number, spread: number) => number, startMs: number, endMs: number, steps: number): number[] {
  const times = [startMs]
  for (let i = 1; i < steps; i++) {
    const previous = times[i - 1]
    const room = (endMs - previous) / (steps - i + 1)
    times.push(previous + Math.max(60_000, Math.min(room, logNormal(7 * DAY_MS, 0.7))))
  }
  return times
}
