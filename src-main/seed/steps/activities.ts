import { insertActivity } from '../../activities/write'
import { weightedPicker } from '../random/weighted-table'
import { iso, type SeedContext } from '../seed-context'
import { ACTIVITY_BODIES } from '../vocab/sales-text'
import type { CustomerPlan } from './customer-plan'
import type { DealLog } from './deals'

type Kind = keyof typeof ACTIVITY_BODIES

const pickCustomerKind = weightedPicker<Kind>([
  ['message', 35],
  ['call', 25],
  ['visit', 15],
  ['note', 15],
  ['email', 7],
  ['meeting', 3],
])
const pickDealKind = weightedPicker<Kind>([
  ['call', 30],
  ['email', 25],
  ['meeting', 25],
  ['message', 20],
])

/**
 * The timeline: about one contact per customer (while they are active) and a few per deal
 * (between its creation and its last move). Purchases are not duplicated here: the timeline
 * shows orders from the orders table.
 */
export function generateActivities(ctx: SeedContext, customers: CustomerPlan, deals: DealLog): void {
  const rng = ctx.rng('activities')
  const write = (customer: number, deal: number | null, kind: Kind, ms: number): void => {
    const uid = ctx.uid(ms)
    const activity = {
      customerId: customers.ids[customer],
      dealId: deal,
      kind,
      body: ctx.say(rng.pick(ACTIVITY_BODIES[kind])),
      at: iso(ms),
    }
    insertActivity(ctx.db, activity, { uid, createdAt: iso(ms), updatedAt: iso(ms) })
  }
  const count = Math.round(customers.count * 1.2)
  for (let i = 0; i < count; i++) {
    const c = rng.int(0, customers.count)
    const lastDay = Math.max(customers.endDay[c], customers.firstDay[c] + 1)
    const ms = Math.max(
      customers.createdMs[c] + 60_000,
      ctx.calendar.timeOn(rng.int(customers.firstDay[c], Math.min(lastDay, ctx.calendar.days)), rng),
    )
    write(c, null, pickCustomerKind(rng), Math.min(ms, ctx.calendar.asOfMs - 1))
  }
  let dealRows = 0
  deals.ids.forEach((deal, d) => {
    const contacts = rng.int(1, 5)
    for (let k = 0; k < contacts; k++) {
      write(deals.customer[d], deal, pickDealKind(rng), deals.fromMs[d] + rng.next() * (deals.toMs[d] - deals.fromMs[d]))
    }
    dealRows += contacts
  })
  ctx.wrote('activities', count + dealRows)
}
