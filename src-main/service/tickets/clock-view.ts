import type { ServiceSettings } from '../../../src-shared/domain/service-settings'
import type { SlaClockView, SlaRisk, TicketPriority, TicketSla } from '../../../src-shared/domain/ticket-types'
import { calendarOf } from '../settings/service-settings'
import { slaState, type SlaClock, type TicketEvent } from '../sla'

/** Share of a target used from which a clock still counting shows as a breach risk. */
export const RISK_SHARE = 0.8

/** Both clocks of one ticket as the screens show them, read at `now`. */
export function readSla(events: TicketEvent[], priority: TicketPriority, settings: ServiceSettings, now: string): TicketSla {
  const policy = settings.policies[priority]
  const state = slaState(events, policy, calendarOf(settings), now)
  const firstResponse = view(state.firstResponse, policy.firstResponseMinutes)
  const resolution = view(state.resolution, policy.resolutionMinutes)
  return { firstResponse, resolution, risk: riskOf([firstResponse, resolution]), asOf: now }
}

const view = (clock: SlaClock, targetMinutes: number): SlaClockView => ({ ...clock, targetMinutes })

/** `breached` once any clock went over; `risk` when a clock not yet met has used ≥ 80 %. */
export function riskOf(clocks: SlaClockView[]): SlaRisk {
  if (clocks.some((c) => c.breached)) return 'breached'
  return clocks.some((c) => c.metAt === null && c.elapsedMinutes >= RISK_SHARE * c.targetMinutes) ? 'risk' : 'none'
}

/** The instant the queue sorts by: the earliest due time of a running clock, null when none runs. */
export function dueAtOf(sla: TicketSla): string | null {
  const due = [sla.firstResponse.dueAt, sla.resolution.dueAt].filter((d): d is string => d !== null)
  if (due.length === 0) return null
  return due.reduce((a, b) => (b < a ? b : a))
}
