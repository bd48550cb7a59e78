import { CumulativeWeights } from '../random/cumulative-weights'
import type { Rng } from '../random/seed-rng'
import type { SeedContext } from '../seed-context'
import type { CampaignPlan } from './campaigns'
import { Lifecycle, ORDER_RATE, type CustomerPlan } from './customer-plan'

/** Who orders when, sorted by time (so order ids and numbers rise with time, as in a real shop). */
export interface OrderPlan {
  count: number
  /** Customer index, or -1 for a walk-in sale without a customer. */
  customer: Int32Array
  ms: Float64Array
  day: Int32Array
}

/** Share of sales to anonymous walk-in customers. */
const WALK_IN_SHARE = 0.06

/**
 * Spreads `total` orders: walk-ins over the whole history; every buyer's first order on the
 * day they arrived; one order per campaign responder inside the campaign window; the rest
 * to repeat customers in proportion to their rate and how long they stayed. Days follow the
 * shop calendar (growth, weekends, festivals).
 */
export function planOrders(ctx: SeedContext, customers: CustomerPlan, campaigns: CampaignPlan, total: number): OrderPlan {
  const rng = ctx.rng('order-plan')
  const slotCustomer = new Int32Array(total).fill(-1)
  const slotFrom = new Int32Array(total)
  const slotTo = new Int32Array(total).fill(ctx.calendar.days)
  let used = Math.round(total * WALK_IN_SHARE)
  const add = (customer: number, from: number, to: number): void => {
    slotCustomer[used] = customer
    slotFrom[used] = from
    slotTo[used] = to
    used++
  }
  for (let c = 0; c < customers.count && used < total; c++) {
    if (customers.lifecycle[c] !== Lifecycle.prospect) add(c, customers.firstDay[c], customers.firstDay[c] + 1)
  }
  for (const [campaign, c] of campaigns.responders) {
    const from = Math.max(campaigns.windows[campaign].from, customers.firstDay[c])
    const to = Math.min(campaigns.windows[campaign].to, customers.endDay[c])
    if (used < total && from < to) add(c, from, to)
  }
  const rates = new Float64Array(customers.count)
  for (let c = 0; c < customers.count; c++) {
    rates[c] = ORDER_RATE[customers.lifecycle[c]] * (customers.endDay[c] - customers.firstDay[c])
  }
  const repeaters = new CumulativeWeights(rates)
  const anyRepeater = rates.some((rate) => rate > 0)
  while (anyRepeater && used < total) {
    const c = repeaters.index(rng.next())
    add(c, customers.firstDay[c], customers.endDay[c])
  }
  return sortedByTime(ctx, rng, customers, slotCustomer, slotFrom, slotTo)
}

function sortedByTime(
  ctx: SeedContext,
  rng: Rng,
  customers: CustomerPlan,
  customer: Int32Array,
  from: Int32Array,
  to: Int32Array,
): OrderPlan {
  const count = customer.length
  const ms = new Float64Array(count)
  const day = new Int32Array(count)
  for (let i = 0; i < count; i++) {
    day[i] = ctx.calendar.sales.indexIn(from[i], to[i], rng.next())
    ms[i] = ctx.calendar.timeOn(day[i], rng)
    // A first purchase on the arrival day comes a few minutes after the customer was created.
    const created = customer[i] < 0 ? 0 : customers.createdMs[customer[i]]
    if (ms[i] <= created) ms[i] = created + rng.int(1, 30) * 60_000
  }
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => ms[a] - ms[b] || a - b)
  return {
    count,
    customer: Int32Array.from(order, (i) => customer[i]),
    ms: Float64Array.from(order, (i) => ms[i]),
    day: Int32Array.from(order, (i) => day[i]),
  }
}
