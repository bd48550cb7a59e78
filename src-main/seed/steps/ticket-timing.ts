import { DAY_MS } from '../calendar/festivals'
import type { Rng } from '../random/seed-rng'
import type { TicketKind } from '../vocab/service-text'

export type Priority = 'low' | 'normal' | 'high' | 'urgent'

const HOUR = 3_600_000

/** Typical first reply by priority: urgent within minutes, low by the next day. */
const FIRST_RESPONSE: Record<Priority, number> = { urgent: HOUR / 3, high: HOUR, normal: 3 * HOUR, low: 8 * HOUR }

/** Typical time to resolve by kind: a question is quick, a repair takes days. */
const RESOLUTION: Record<TicketKind, number> = {
  inquiry: 4 * HOUR,
  complaint: 1.5 * DAY_MS,
  return: 3 * DAY_MS,
  repair: 6 * DAY_MS,
}

/**
 * When a ticket was answered and resolved: log-normal delays (most quick, a long tail);
 * null when that moment is after the end of the history (still waiting).
 */
export function ticketTiming(
  rng: Rng,
  kind: TicketKind,
  priority: Priority,
  openedMs: number,
  asOfMs: number,
): {
  firstResponse: number | null
  resolved: number | null
} {
  const response = openedMs + Math.max(60_000, rng.logNormal(FIRST_RESPONSE[priority], 0.9))
  const resolved = Math.max(response, openedMs + rng.logNormal(RESOLUTION[kind], 0.8))
  return {
    firstResponse: response < asOfMs ? response : null,
    resolved: resolved < asOfMs && rng.chance(0.97) ? resolved : null,
  }
}
