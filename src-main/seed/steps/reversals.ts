import { cancelOrder } from '../../orders/cancel'
import { orderLines } from '../../orders/detail'
import { refundOrder } from '../../orders/refund'
import { DAY_MS } from '../calendar/festivals'
import { iso, type SeedContext } from '../seed-context'
import { CANCEL_REASONS, REFUND_REASONS } from '../vocab/sales-text'
import type { OrderLog } from './orders'

/** Share of older completed sales where one item later came back. */
const PARTIAL_REFUND_SHARE = 0.02

/**
 * Records the shop's cancellations and refunds through the orders domain, as the order page
 * does: the orders planned as cancelled or refunded are reversed in full some days after the
 * sale, and a few other sales get one item back. In time order of the sales, so the records
 * (and their deterministic uids) come out the same for the same seed.
 */
export function generateReversals(ctx: SeedContext, log: OrderLog): void {
  const rng = ctx.rng('reversals')
  let records = 0
  let lines = 0
  for (let i = 0; i < log.count; i++) {
    const id = log.ids[i]
    const status = log.status[i]
    if (status === 'cancelled') {
      const at = log.reversedMs[i]
      cancelOrder(ctx.db, id, ctx.say(rng.pick(CANCEL_REASONS)), iso(at), ctx.uid(at))
      records++
    } else if (status === 'refunded') {
      const at = log.reversedMs[i]
      const back = orderLines(ctx.db, id).map((l) => ({ lineId: l.id, quantity: l.quantity }))
      refundOrder(ctx.db, id, { reason: ctx.say(rng.pick(REFUND_REASONS)), lines: back }, iso(at), ctx.uid(at))
      records++
      lines += back.length
    } else if (status === 'completed' && rng.chance(PARTIAL_REFUND_SHARE)) {
      const at = log.ms[i] + rng.int(1, 14) * DAY_MS
      if (at >= ctx.calendar.asOfMs) continue
      const line = rng.pick(orderLines(ctx.db, id))
      // One item of a line of one: that would be the whole line, a return the planned refunds cover.
      if (line.quantity < 2) continue
      refundOrder(
        ctx.db,
        id,
        { reason: ctx.say(rng.pick(REFUND_REASONS)), lines: [{ lineId: line.id, quantity: 1 }] },
        iso(at),
        ctx.uid(at),
      )
      records++
      lines++
    }
  }
  ctx.wrote('order_refunds', records)
  ctx.wrote('order_refund_lines', lines)
}
