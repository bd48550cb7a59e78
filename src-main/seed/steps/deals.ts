import { defaultLostReasons, ensureDefaultLostReasons } from '../../deals/default-lost-reasons'
import { ensureDefaultPipelineStages } from '../../deals/default-stages'
import { listStages, type Stage } from '../../deals/stages'
import { createDeal, moveDeal } from '../../deals/write'
import { DAY_MS } from '../calendar/festivals'
import { iso, isoDate, type SeedContext } from '../seed-context'
import { DEAL_SUBJECTS } from '../vocab/sales-text'
import type { CustomerPlan } from './customer-plan'
import { dealPath } from './deal-path'

/** The inserted deals, for their activities and follow-up tasks. */
export interface DealLog {
  ids: number[]
  customer: number[]
  /** Created and last-moved instants. */
  fromMs: number[]
  toMs: number[]
  open: boolean[]
}

/**
 * A few percent of customers are businesses with bigger deals (gift boxes for a company
 * party, monthly office beans). Each deal is created and moved along its path through the
 * deals module, as the board would (stage history, closed_at, probability), with the pipeline
 * the database already has (the defaults in the chosen language on a new one). With `openDeals`,
 * deals keep coming (closed ones in their usual share) until at least that many are open.
 */
export function generateDeals(ctx: SeedContext, customers: CustomerPlan, openDeals = 0): DealLog {
  const stages = pipelineStages(ctx)
  const lostReasons = defaultLostReasons(ctx.locale)
  const rng = ctx.rng('deals')
  const nameOf = ctx.db.prepare('SELECT name FROM customers WHERE id = ?').pluck()
  const count = customers.count === 0 ? 0 : Math.max(Math.min(customers.count, 20), Math.round(customers.count * 0.03))
  const canOpen = customers.count > 0 && stages.some((s) => s.kind === 'open')
  const log: DealLog = { ids: [], customer: [], fromMs: [], toMs: [], open: [] }
  let moves = 0
  let open = 0
  for (let d = 0; d < count || (canOpen && open < openDeals); d++) {
    const customer = rng.int(0, customers.count)
    const firstDay = Math.max(customers.firstDay[customer], ctx.calendar.days - 730)
    const createdMs = Math.max(
      customers.createdMs[customer] + 60_000,
      ctx.calendar.timeOn(rng.int(firstDay, ctx.calendar.days), rng),
    )
    const path = dealPath(rng, stages, (ctx.calendar.asOfMs - createdMs) / DAY_MS)
    const times = stageTimes(rng.logNormal, createdMs, ctx.calendar.asOfMs, path.length)
    const last = path[path.length - 1]
    const lastMs = times[times.length - 1]
    const closed = last.kind !== 'open'
    const value = Math.round(2000 * 100 ** rng.next()) * 100 // 2,000-200,000, log-uniform, in fen
    const expected = closed ? lastMs : Math.max(ctx.calendar.asOfMs, createdMs) + rng.int(7, 90) * DAY_MS
    const title = `${ctx.say(rng.pick(DEAL_SUBJECTS))} · ${String(nameOf.get(customers.ids[customer]))}`
    const lostReason = last.kind === 'lost' ? rng.pick(lostReasons) : undefined
    // The last step carries the reason a deal was lost (a path of one step is its creation).
    const reasonAt = (step: number) => (step === path.length - 1 ? { lostReason } : {})
    const id = createDeal(
      ctx.db,
      {
        title,
        value,
        stageId: path[0].id,
        customerId: customers.ids[customer],
        expectedClose: isoDate(expected),
        ...reasonAt(0),
      },
      { uid: ctx.uid(createdMs), createdAt: iso(createdMs) },
    )
    for (let step = 1; step < path.length; step++)
      moveDeal(ctx.db, id, path[step].id, { at: iso(times[step]), ...reasonAt(step) })
    moves += path.length
    log.ids.push(id)
    log.customer.push(customer)
    log.fromMs.push(createdMs)
    log.toMs.push(lastMs)
    log.open.push(!closed)
    if (!closed) open++
  }
  ctx.wrote('deals', log.ids.length)
  ctx.wrote('deal_stage_history', moves)
  return log
}

/**
 * The database's stages (and lost-reason presets); on a new database the defaults, stamped with
 * the shop's first day and seeded uids instead of the wall clock, so the same seed gives the same rows.
 */
function pipelineStages(ctx: SeedContext): Stage[] {
  const ms = ctx.calendar.asOfMs - ctx.calendar.days * DAY_MS
  const stamp = (i: number) => ({ uid: ctx.uid(ms + i), createdAt: iso(ms + i), updatedAt: iso(ms + i) })
  ctx.wrote('pipeline_stages', ensureDefaultPipelineStages(ctx.db, ctx.locale, stamp))
  ctx.wrote('lost_reasons', ensureDefaultLostReasons(ctx.db, ctx.locale, stamp))
  return listStages(ctx.db)
}

/** Times of each stage entry: a week or so apart, always before the end of the history. */
function stageTimes(
  logNormal: (median: number, spread: number) => number,
  startMs: number,
  endMs: number,
  steps: number,
): number[] {
  const times = [startMs]
  for (let i = 1; i < steps; i++) {
    const previous = times[i - 1]
    const room = (endMs - previous) / (steps - i + 1)
    times.push(previous + Math.max(60_000, Math.min(room, logNormal(7 * DAY_MS, 0.7))))
  }
  return times
}
