import type { SurveyInput } from '../../src-shared/domain/survey'
import type { TicketInput } from '../../src-shared/domain/ticket'
import { tableWriter } from '../db/sql'

/**
 * Ticket and survey-response writes shared by the importer and the seed (and next the service
 * handlers). The schema keeps their rules (score ranges, answered and resolved no earlier than
 * opened); callers own the transaction, the audit row and the change event.
 */

export interface TicketValues {
  number: string
  subject: string
  kind?: TicketInput['kind']
  body?: string
  priority?: TicketInput['priority']
  status?: TicketInput['status']
  openedAt?: string
  firstResponseAt?: string | null
  resolvedAt?: string | null
  dueAt?: string | null
  customerId?: number | null
  orderId?: number | null
}

export interface SurveyResponseValues {
  kind: SurveyInput['kind']
  score: number
  at: string
  comment?: string
  customerId?: number | null
  ticketId?: number | null
  /** The survey request it answers (one CSAT and one NPS answer per request). */
  requestId?: number | null
  /** How it reached the shop: phone, wechat, paper, in_person, sms or import. */
  channel?: string | null
}

const tickets = tableWriter<TicketValues>('tickets', (t) => ({
  number: t.number,
  customer_id: t.customerId,
  order_id: t.orderId,
  kind: t.kind,
  subject: t.subject,
  body: t.body,
  priority: t.priority,
  status: t.status,
  opened_at: t.openedAt,
  first_response_at: t.firstResponseAt,
  resolved_at: t.resolvedAt,
  due_at: t.dueAt,
}))

const surveyResponses = tableWriter<SurveyResponseValues>('survey_responses', (s) => ({
  customer_id: s.customerId,
  ticket_id: s.ticketId,
  request_id: s.requestId,
  channel: s.channel,
  kind: s.kind,
  score: s.score,
  comment: s.comment,
  at: s.at,
}))

export const insertTicket = tickets.insert
export const updateTicket = tickets.update
export const insertSurveyResponse = surveyResponses.insert
export const updateSurveyResponse = surveyResponses.update
