import { DAY_MS } from '../calendar/festivals'
import { rowInserter } from '../../db/sql'
import { storeServiceSettings } from '../../service/settings/service-settings'
import { DEFAULT_POLICIES } from '../../service/settings/default-policies'
import { defaultBusinessCalendar, type TicketEvent } from '../../service/sla'
import { recordDueBasis } from '../../service/tickets/due-times'
import { derivedColumns } from '../../service/tickets/ticket-sync'
import { insertTicket } from '../../service/write'
import type { ServiceSettings } from '../../../src-shared/domain/service-settings'
import { weightedPicker } from '../random/weighted-table'
import { iso, type SeedContext } from '../seed-context'
import { TICKET_SUBJECTS, type TicketKind } from '../vocab/service-text'
import type { CustomerPlan } from './customer-plan'
import type { OrderLog } from './orders'
import { ticketStory } from './ticket-story'
import { ticketTiming, type Priority } from './ticket-timing'

/** Tickets resolved at least once and with a customer, for CSAT surveys. */
export interface TicketLog {
  ids: number[]
  customer: number[]
  kind: TicketKind[]
  openedMs: number[]
  /** The first resolution: when the ticket's one survey request was made. */
  resolvedMs: number[]
  /** The last resolution (after a reopen, later than the first). */
  finalResolvedMs: number[]
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

/** The shop's service settings: default targets, China's 2026 calendar in the shop's zone, CSAT after tickets. */
function shopSettings(ctx: SeedContext): ServiceSettings {
  const calendar = defaultBusinessCalendar(ctx.locale === 'zh-CN' ? 'Asia/Shanghai' : 'UTC')
  const stored = { policies: DEFAULT_POLICIES, calendar, surveys: { csat: true, nps: false } }
  storeServiceSettings(ctx.db, stored)
  return { ...stored, osTimeZone: calendar.timeZone, version: null }
}

/**
 * Tickets about orders of known customers (about 3 per 100 orders unless `count` says), opened a
 * few days after the order, each with a realistic event log (ticket-story.ts) from which its
 * status, first response, resolution and due time are derived by the SLA rules, as the app does.
 * Numbered in the order they were opened.
 */
export function generateTickets(ctx: SeedContext, customers: CustomerPlan, orders: OrderLog, count?: number): TicketLog {
  const rng = ctx.rng('tickets')
  const story = ctx.rng('ticket-stories')
  const { asOfMs } = ctx.calendar
  const settings = shopSettings(ctx)
  const planned: { order: number; opened: number }[] = []
  const wanted = customers.count === 0 || orders.count === 0 ? 0 : (count ?? Math.round(orders.count * 0.03))
  for (let attempt = 0; planned.length < wanted && attempt < wanted * 10; attempt++) {
    const order = rng.int(0, orders.count)
    if (orders.customer[order] < 0) continue
    const delay = Math.min(rng.logNormal(2 * DAY_MS, 1), (asOfMs - orders.ms[order]) * 0.9)
    planned.push({ order, opened: orders.ms[order] + delay })
  }
  planned.sort((a, b) => a.opened - b.opened || a.order - b.order)
  const insertEvent = rowInserter(ctx.db, 'ticket_events', [
    'uid',
    'ticket_id',
    'origin_ticket_id',
    'kind',
    'status',
    'channel',
    'at',
    'created_at',
    'updated_at',
  ])
  const log: TicketLog = { ids: [], customer: [], kind: [], openedMs: [], resolvedMs: [], finalResolvedMs: [] }
  let events = 0
  planned.forEach(({ order, opened }, n) => {
    const kind = pickKind(rng)
    const priority = kind === 'complaint' && rng.chance(0.4) ? 'high' : pickPriority(rng)
    const { firstResponse, resolved } = ticketTiming(rng, kind, priority, opened, asOfMs)
    const entries = ticketStory(story, opened, firstResponse, resolved, asOfMs)
    const clockEvents = entries.flatMap((e): TicketEvent[] =>
      e.kind === 'opened' || e.kind === 'replied'
        ? [{ kind: e.kind, at: iso(e.ms) }]
        : e.kind === 'status'
          ? [{ kind: 'status', status: e.status!, at: iso(e.ms) }]
          : [],
    )
    const derived = derivedColumns(clockEvents, priority, settings, iso(asOfMs))
    const customer = orders.customer[order]
    const last = entries[entries.length - 1].ms
    const id = insertTicket(
      ctx.db,
      {
        number: `TK${String(n + 1).padStart(7, '0')}`,
        customerId: customers.ids[customer],
        orderId: orders.ids[order],
        kind,
        subject: ctx.say(rng.pick(TICKET_SUBJECTS[kind])),
        priority,
        status: derived.status ?? 'open',
        openedAt: iso(opened),
        firstResponseAt: derived.firstResponseAt,
        resolvedAt: derived.resolvedAt,
        dueAt: derived.dueAt,
      },
      { uid: ctx.uid(opened), createdAt: iso(opened), updatedAt: iso(last) },
    )
    for (const e of entries)
      insertEvent([ctx.uid(e.ms), id, id, e.kind, e.status ?? null, e.channel ?? null, iso(e.ms), iso(e.ms), iso(e.ms)])
    events += entries.length
    const resolutions = entries.filter((e) => e.kind === 'status' && e.status === 'resolved')
    if (resolutions.length === 0) return
    log.ids.push(id)
    log.customer.push(customer)
    log.kind.push(kind)
    log.openedMs.push(opened)
    log.resolvedMs.push(resolutions[0].ms)
    log.finalResolvedMs.push(resolutions[resolutions.length - 1].ms)
  })
  recordDueBasis(ctx.db, settings)
  ctx.wrote('tickets', planned.length)
  ctx.wrote('ticket_events', events)
  return log
}
