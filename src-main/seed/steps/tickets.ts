import { DAY_MS } from '../calendar/festivals'
import { insertTicket } from '../../service/write'
import { weightedPicker } from '../random/weighted-table'
import { iso, type SeedContext } from '../seed-context'
import { TICKET_SUBJECTS, type TicketKind } from '../vocab/service-text'
import type { CustomerPlan } from './customer-plan'
import type { OrderLog } from './orders'
import { RESOLVE_WITHIN, ticketTiming, type Priority } from './ticket-timing'

/** Resolved tickets with a customer, for CSAT surveys. */
export interface TicketLog {
  ids: number[]
  customer: number[]
  kind: TicketKind[]
  openedMs: number[]
  resolvedMs: number[]
}

const pickKind = weightedPicker<TicketKind>([
  ['inquiry', 45],
  ['complaint', 20],
  ['return', 20],
  ['repair', 15],
])
const pickPriority = weightedPicker<Priority>([
  ['low', 20],
  ['normal', 55],
  ['high', 20],
  ['urgent', 5],
])

/**
 * About 3 tickets per 100 orders, each about an order of a known customer, opened a few
 * days after it. Numbered in the order they were opened.
 */
export function generateTickets(ctx: SeedContext, customers: CustomerPlan, orders: OrderLog): TicketLog {
  const rng = ctx.rng('tickets')
  const { asOfMs } = ctx.calendar
  const planned: { order: number; opened: number }[] = []
  const wanted = customers.count === 0 ? 0 : Math.round(orders.count * 0.03)
  for (let attempt = 0; planned.length < wanted && attempt < wanted * 10; attempt++) {
    const order = rng.int(0, orders.count)
    if (orders.customer[order] < 0) continue
    const delay = Math.min(rng.logNormal(2 * DAY_MS, 1), (asOfMs - orders.ms[order]) * 0.9)
    planned.push({ order, opened: orders.ms[order] + delay })
  }
  planned.sort((a, b) => a.opened - b.opened || a.order - b.order)
  const log: TicketLog = { ids: [], customer: [], kind: [], openedMs: [], resolvedMs: [] }
  planned.forEach(({ order, opened }, n) => {
    const kind = pickKind(rng)
    const priority = kind === 'complaint' && rng.chance(0.4) ? 'high' : pickPriority(rng)
    const { firstResponse, resolved } = ticketTiming(rng, kind, priority, opened, asOfMs)
    // Resolved a week ago or more: the owner has closed it.
    const status =
      resolved !== null ? (asOfMs - resolved > 7 * DAY_MS ? 'closed' : 'resolved') : firstResponse !== null ? 'pending' : 'open'
    const customer = orders.customer[order]
    const uid = ctx.uid(opened)
    const ticket = {
      number: `TK${String(n + 1).padStart(7, '0')}`,
      customerId: customers.ids[customer],
      orderId: orders.ids[order],
      kind,
      subject: ctx.say(rng.pick(TICKET_SUBJECTS[kind])),
      priority,
      status,
      openedAt: iso(opened),
      firstResponseAt: firstResponse === null ? null : iso(firstResponse),
      resolvedAt: resolved === null ? null : iso(resolved),
      dueAt: iso(opened + RESOLVE_WITHIN[priority]),
    } as const
    const id = insertTicket(ctx.db, ticket, { uid, createdAt: iso(opened), updatedAt: iso(resolved ?? firstResponse ?? opened) })
    if (resolved === null) return
    log.ids.push(id)
    log.customer.push(customer)
    log.kind.push(kind)
    log.openedMs.push(opened)
    log.resolvedMs.push(resolved)
  })
  ctx.wrote('tickets', planned.length)
  return log
}
