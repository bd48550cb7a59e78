/** Result shapes of the `surveys.*` channels. */
import type { TicketCustomerRef, TicketRef } from './ticket-refs'

export const SURVEY_KINDS = ['csat', 'nps'] as const
export type SurveyKind = (typeof SURVEY_KINDS)[number]

/** How an answer reached the shop (`import`: from a CSV file). */
export const ANSWER_CHANNELS = ['phone', 'wechat', 'paper', 'in_person', 'sms', 'import'] as const
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number]

export interface SurveyAnswer {
  id: number
  score: number
  comment: string
  at: string
  channel: AnswerChannel | null
}

/** A request to rate the service: after a resolved ticket, or one customer of a periodic survey. */
export interface SurveyRequestRow {
  id: number
  uid: string
  ticket: TicketRef | null
  customer: TicketCustomerRef | null
  asks: { csat: boolean; nps: boolean }
  /** Periodic surveys made together share a batch. */
  batch: string | null
  requestedAt: string
  answers: { csat: SurveyAnswer | null; nps: SurveyAnswer | null }
  answered: boolean
}

/** One answer as the answers list shows it: when, who, about which ticket (if any), what score and words. */
export interface SurveyAnswerRow extends SurveyAnswer {
  kind: SurveyKind
  customer: TicketCustomerRef | null
  ticket: TicketRef | null
}

export interface SurveyBatchResult {
  batch: string
  created: number
  /** Customers left out: they already have an unanswered NPS request. */
  skipped: number
}
