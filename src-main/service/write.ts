import type Database from 'better-sqlite3'
import type { SurveyInput } from '../../src-shared/domain/survey'
import type { TicketInput } from '../../src-shared/domain/ticket'
import { insertRow, metaValues, updateRow, type RowMeta, type Values } from '../db/sql'

/**
 * Ticket and survey-response writes shared by the importer and the seed (and next the service
 * handlers). The schema keeps their rules (score ranges, resolved after opened); callers own
 * the transaction, the audit row and the change event.
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
}

export function insertTicket(db: Database.Database, ticket: TicketValues, meta: RowMeta = {}): number {
  return insertRow(db, 'tickets', { ...ticketColumns(ticket), ...metaValues(meta) })
}

/** Applies the given fields; absent ones stay. */
export function updateTicket(db: Database.Database, id: number, patch: Partial<TicketValues>): void {
  updateRow(db, 'tickets', id, ticketColumns(patch))
}

export function insertSurveyResponse(db: Database.Database, survey: SurveyResponseValues, meta: RowMeta = {}): number {
  return insertRow(db, 'survey_responses', { ...surveyColumns(survey), ...metaValues(meta) })
}

/** Applies the given fields; absent ones stay. */
export function updateSurveyResponse(db: Database.Database, id: number, patch: Partial<SurveyResponseValues>): void {
  updateRow(db, 'survey_responses', id, surveyColumns(patch))
}

function ticketColumns(t: Partial<TicketValues>): Values {
  return {
    number: t.number, customer_id: t.customerId, order_id: t.orderId, kind: t.kind, subject: t.subject, body: t.body,
    priority: t.priority, status: t.status, opened_at: t.openedAt, first_response_at: t.firstResponseAt,
    resolved_at: t.resolvedAt, due_at: t.dueAt,
  }
}

function surveyColumns(s: Partial<SurveyResponseValues>): Values {
  return { customer_id: s.customerId, ticket_id: s.ticketId, kind: s.kind, score: s.score, comment: s.comment, at: s.at }
}
