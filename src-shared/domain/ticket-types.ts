/** Result shapes of the `tickets.*` channels. Times are ISO-8601 UTC; durations business minutes. */
import type { SurveyRequestRow } from './survey-types'
import type { TicketCustomerRef, TicketRef } from './ticket-refs'

export const TICKET_KINDS = ['inquiry', 'complaint', 'return', 'repair'] as const
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const
export const TICKET_STATUSES = ['open', 'pending', 'resolved', 'closed'] as const
export type TicketKind = (typeof TICKET_KINDS)[number]
export type TicketPriority = (typeof TICKET_PRIORITIES)[number]
export type TicketStatus = (typeof TICKET_STATUSES)[number]

/** How a reply reached the customer, or the customer's message reached the shop. */
export const MESSAGE_CHANNELS = ['phone', 'wechat', 'in_person', 'sms', 'email'] as const
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number]

export const TICKET_EVENT_KINDS = ['opened', 'replied', 'received', 'status', 'note', 'merged'] as const
export type TicketEventKind = (typeof TICKET_EVENT_KINDS)[number]

/** One SLA clock at a moment (src-main/service/sla.ts computes it; its README has the rules). */
export interface SlaClock {
  /** Business minutes counted so far (up to now, or to when it was met). */
  elapsedMinutes: number
  /** target − elapsed (negative once breached). */
  remainingMinutes: number
  /**
   * When it breaches if it keeps running from now; null when met or paused. Once a running clock
   * is over its target this is the past instant it went over, so "most overdue" sorts first.
   */
  dueAt: string | null
  /** First reply (first response) / resolution instant, when met. */
  metAt: string | null
  /** elapsed > target. */
  breached: boolean
  /** Not running and not met (pending, or before the ticket was opened). */
  paused: boolean
}

/** One SLA clock as the screens show it: the clock and its target. */
export interface SlaClockView extends SlaClock {
  targetMinutes: number
}

/**
 * What colour a ticket may get in the queue: `breached` when a clock went over its target,
 * `risk` when a clock still counting has used 80 % or more of it, else `none` (no colour).
 */
export type SlaRisk = 'none' | 'risk' | 'breached'

export interface TicketSla {
  firstResponse: SlaClockView
  resolution: SlaClockView
  risk: SlaRisk
  /** The instant the clocks were read at. */
  asOf: string
}

/** One row of the queue. */
export interface QueueRow {
  id: number
  number: string
  subject: string
  kind: TicketKind
  priority: TicketPriority
  status: TicketStatus
  customer: TicketCustomerRef | null
  order: TicketRef | null
  openedAt: string
  /** The ticket's version: a write sends it back, and a stale one is refused (`stale_edit`). */
  updatedAt: string
  sla: TicketSla
}

/** One entry of the ticket's timeline. */
export interface TicketEventView {
  id: number
  kind: TicketEventKind
  status: TicketStatus | null
  channel: MessageChannel | null
  body: string
  at: string
  /** Set when the event was written on another ticket that was merged into this one. */
  from: TicketRef | null
  /** The other ticket of a `merged` event. */
  ref: TicketRef | null
}

export interface TicketDetail extends QueueRow {
  body: string
  /** Set when this ticket was merged into another (it then leaves the queue). */
  mergedInto: TicketRef | null
  /** Merges into this ticket that can still be undone, newest first. */
  merges: { id: number; merged: TicketRef; at: string }[]
  policy: { firstResponseMinutes: number; resolutionMinutes: number }
  /** Oldest first. */
  events: TicketEventView[]
  survey: SurveyRequestRow | null
}

export interface CannedReply {
  id: number
  title: string
  body: string
  updatedAt: string
}
