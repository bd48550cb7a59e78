/**
 * Service timings. On a seeded shop with 10,000 tickets (realistic event logs):
 * `service.queue.ms` — the queue as `tickets.queue` answers it: every ticket of every status sorted
 * by time to breach in SQL, the first 100 rows with their clocks replayed (median of 20 after 3
 * warm-ups; `service.queueOpen.ms` the same for the default open + pending view);
 * `service.insights.ms` — `analytics.service` over the whole history, so all 10,000 logs are
 * replayed in business time, cold (the handler caches it).
 * `service.slaState10k.ms`: `slaState` for 10,000 synthetic tickets sharing one
 * calendar (China 2026, Asia/Shanghai) once it is compiled — what every queue refresh pays; median
 * of 5 runs after 1 warm-up. `service.slaState10kNewCalendar.ms`: one more run with a calendar of new
 * content (one more closed day), so it also validates the calendar and lays out its years — what
 * the first refresh after a settings change pays.
 */
import { createRng } from '../../../src-main/analytics/random'
import {
  defaultBusinessCalendar,
  slaState,
  type BusinessCalendar,
  type SlaPolicy,
  type TicketEvent,
} from '../../../src-main/service/sla'
import { join } from 'node:path'
import { openDatabase } from '../../../src-main/db'
import { computeService } from '../../../src-main/insights/compute/service'
import { localToday } from '../../../src-main/insights/lib/dates'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { readServiceSettings } from '../../../src-main/service/settings/service-settings'
import { ensureFreshDueTimes } from '../../../src-main/service/tickets/due-times'
import { queryQueue } from '../../../src-main/service/tickets/queue-query'
import type { BenchContext } from '../context'
import { median, round, sample, timeMs } from '../measure'

const TICKETS = 10_000
const NOW = Date.parse('2026-12-15T02:00:00Z')
const HOUR = 3_600_000
const POLICIES: SlaPolicy[] = [
  { firstResponseMinutes: 480, resolutionMinutes: 2700 }, // low
  { firstResponseMinutes: 240, resolutionMinutes: 1350 }, // normal
  { firstResponseMinutes: 60, resolutionMinutes: 450 }, // high
  { firstResponseMinutes: 30, resolutionMinutes: 180 }, // urgent
]

/** A ticket's log: opened sometime in 2026, then a reply and a few status changes, as a queue shows them. */
function syntheticTickets(seed: number): Array<{ events: TicketEvent[]; policy: SlaPolicy }> {
  const rng = createRng(seed)
  const iso = (ms: number) => new Date(ms).toISOString()
  return Array.from({ length: TICKETS }, () => {
    let t = NOW - rng() * 340 * 24 * HOUR
    const events: TicketEvent[] = [{ at: iso(t), kind: 'opened' }]
    const step = () => (t = Math.min(NOW, t + rng() * 48 * HOUR))
    if (rng() < 0.8) events.push({ at: iso(step()), kind: 'replied' })
    const statuses = ['pending', 'open', 'resolved', 'open', 'resolved', 'closed'] as const
    const changes = Math.floor(rng() * statuses.length)
    for (let i = 0; i < changes; i++) events.push({ at: iso(step()), kind: 'status', status: statuses[i] })
    return { events: events.reverse(), policy: POLICIES[Math.floor(rng() * POLICIES.length)] } // stored newest first
  })
}

export default async function service(ctx: BenchContext): Promise<Record<string, number>> {
  const tickets = syntheticTickets(12)
  const now = new Date(NOW).toISOString()
  const queue = (calendar: BusinessCalendar) => {
    let breached = 0
    for (const { events, policy } of tickets) if (slaState(events, policy, calendar, now).resolution.breached) breached++
    return breached
  }
  const out: Record<string, number> = {}
  const shared = defaultBusinessCalendar('Asia/Shanghai')
  out['service.slaState10k.ms'] = round(median(sample(() => queue(shared), 5, 1)))
  const edited = { ...shared, holidays: [...shared.holidays, '2026-12-31'] }
  out['service.slaState10kNewCalendar.ms'] = round(timeMs(() => queue(edited)))
  ctx.log(`${TICKETS} tickets, ${queue(shared)} resolution clocks breached; ${JSON.stringify(out)}`)
  Object.assign(out, seededShop(ctx))
  return out
}

/** The queue and the insights on a seeded shop, through the functions the handlers call. */
function seededShop(ctx: BenchContext): Record<string, number> {
  const { db } = openDatabase(join(ctx.tmpDir, 'service.sqlite'), { create: true })
  ctx.log(`seeding ${TICKETS} tickets…`)
  generateShop(db, { customers: 5_000, orders: 20_000, tickets: TICKETS, seed: 12 })
  const all = { statuses: ['open', 'pending', 'resolved', 'closed'] as const, offset: 0, limit: 100 }
  const page = (input: Parameters<typeof queryQueue>[1]) => () => {
    ensureFreshDueTimes(db)
    return queryQueue(db, input, readServiceSettings(db))
  }
  const out: Record<string, number> = {
    'service.tickets': db.prepare('SELECT count(*) FROM tickets').pluck().get() as number,
    'service.ticketEvents': db.prepare('SELECT count(*) FROM ticket_events').pluck().get() as number,
    'service.queue.ms': round(median(sample(page({ ...all, statuses: [...all.statuses] }), 20, 3))),
    'service.queueOpen.ms': round(median(sample(page({ offset: 0, limit: 100 }), 20, 3))),
    'service.insights.ms': round(timeMs(() => computeService(db, { from: '2000-01-01' }, localToday()))),
  }
  db.close()
  return out
}
