import { DAY_MS } from '../calendar/festivals'
import { bulkOrderWriter, type OrderLine } from '../../orders/write'
import type { Rng } from '../random/seed-rng'
import { weightedPicker } from '../random/weighted-table'
import { iso, type SeedContext } from '../seed-context'
import { ONLINE_PAYMENTS, ORDER_CHANNELS, STORE_PAYMENTS } from '../vocab/customer-text'
import type { CampaignPlan } from './campaigns'
import type { CustomerPlan } from './customer-plan'
import { fillBasket } from './order-basket'
import type { OrderPlan } from './order-plan'
import { orderDiscount, orderStatus, orderTax, type OrderStatus } from './order-terms'
import type { ProductCatalog } from './products'

/** The inserted orders, for tickets and surveys. */
export interface OrderLog extends OrderPlan {
  ids: Int32Array
  /** Each order's final status (a cancellation or a refund is recorded by the reversals step). */
  status: OrderStatus[]
  /** When each cancelled or refunded order was reversed (ms), else 0. */
  reversedMs: Float64Array
  /** First attributed order time per campaign member, keyed `campaign * customers + customer`. */
  responses: Map<number, number>
}

const pickChannel = weightedPicker(ORDER_CHANNELS.map(([channel, weight], i) => [{ channel, inStore: i === 0 }, weight] as const))
const pickStorePayment = weightedPicker(STORE_PAYMENTS)
const pickOnlinePayment = weightedPicker(ONLINE_PAYMENTS)

/** Inserts every planned order with its lines through the orders domain's writer (it keeps the totals). */
export function generateOrders(
  ctx: SeedContext,
  plan: OrderPlan,
  customers: CustomerPlan,
  catalog: ProductCatalog,
  campaigns: CampaignPlan,
): OrderLog {
  const rng = ctx.rng('orders')
  const writer = bulkOrderWriter(ctx.db)
  const memberships = membershipIndex(campaigns)
  const log: OrderLog = {
    ...plan,
    ids: new Int32Array(plan.count),
    status: [],
    reversedMs: new Float64Array(plan.count),
    responses: new Map(),
  }
  const perDay = new Map<number, number>()
  let lines = 0
  for (let i = 0; i < plan.count; i++) {
    const ms = plan.ms[i]
    const customer = plan.customer[i]
    const basket = fillBasket(rng, catalog, ctx.calendar.windowsOn(plan.day[i]))
    const subtotal = basket.reduce((sum, line) => sum + line.quantity * catalog.prices[line.product], 0)
    const campaign = attribute(rng, campaigns, memberships.get(customer), plan.day[i], customer >= 0)
    const discount = orderDiscount(rng, subtotal, campaign >= 0)
    const tax = orderTax(ctx.locale, subtotal - discount)
    const status = orderStatus(rng, ms, ctx.calendar.asOfMs)
    const { channel, inStore } = customer < 0 ? { channel: ORDER_CHANNELS[0][0], inStore: true } : pickChannel(rng)
    const payment = inStore ? pickStorePayment(rng) : pickOnlinePayment(rng)
    const reversed = status === 'cancelled' || status === 'refunded'
    // A reversed order was a sale first (paid, or completed and handed over); the reversals step records its undoing.
    if (reversed) log.reversedMs[i] = Math.min(ctx.calendar.asOfMs - 1, ms + rng.int(1, 10) * DAY_MS)
    const uid = ctx.uid(ms)
    const header = {
      number: orderNumber(ms, perDay),
      customerId: customer < 0 ? null : customers.ids[customer],
      orderedAt: iso(ms),
      status: status === 'cancelled' ? 'paid' : status === 'refunded' ? 'completed' : status,
      channel: ctx.say(channel),
      paymentMethod: payment,
      campaignId: campaign < 0 ? null : campaigns.ids[campaign],
      discount,
      tax,
      notes: '',
    }
    const orderLines = basket.map(({ product, quantity }, position): OrderLine => ({
      position,
      productId: catalog.ids[product],
      description: catalog.names[product],
      quantity,
      unitPrice: catalog.prices[product],
    }))
    const id = writer.insertOrder(header, orderLines, { uid, createdAt: iso(ms), updatedAt: iso(ms) })
    lines += basket.length
    log.ids[i] = id
    log.status.push(status)
    if (campaign >= 0 && customer >= 0) {
      const key = campaign * customers.count + customer
      if (!log.responses.has(key)) log.responses.set(key, ms)
    }
    if ((i + 1) % 10_000 === 0) ctx.wrote('orders', 10_000)
  }
  ctx.wrote('orders', plan.count % 10_000)
  ctx.wrote('order_lines', lines)
  return log
}

/**
 * The campaign an order is credited to: most orders of a reached customer during the
 * window, and a few other orders in the window (the ads reach beyond the member list).
 */
function attribute(rng: Rng, campaigns: CampaignPlan, memberOf: number[] | undefined, day: number, known: boolean): number {
  for (const campaign of memberOf ?? []) {
    const { from, to } = campaigns.windows[campaign]
    if (day >= from && day < to && rng.chance(0.85)) return campaign
  }
  if (!known) return -1
  const running = campaigns.windows.findIndex(({ from, to }) => day >= from && day < to)
  return running >= 0 && rng.chance(0.04) ? running : -1
}

function membershipIndex(campaigns: CampaignPlan): Map<number, number[]> {
  const index = new Map<number, number[]>()
  campaigns.members.forEach((members, campaign) => {
    for (const customer of members) index.set(customer, [...(index.get(customer) ?? []), campaign])
  })
  return index
}

/** `SO` + UTC date + a per-day sequence (`SO2025111100042`): unique, as the date part is fixed-width. */
function orderNumber(ms: number, perDay: Map<number, number>): string {
  const day = Math.floor(ms / DAY_MS)
  const sequence = (perDay.get(day) ?? 0) + 1
  perDay.set(day, sequence)
  return `SO${iso(ms).slice(0, 10).replaceAll('-', '')}${String(sequence).padStart(5, '0')}`
}
