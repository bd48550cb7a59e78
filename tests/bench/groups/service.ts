/**
 * Service timings. `service.slaState10k.ms`: `slaState` for 10,000 synthetic tickets sharing one
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
  return out
}
