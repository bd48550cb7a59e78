import type Database from 'better-sqlite3'
import type { ServiceSettings } from '../../../src-shared/domain/service-settings'
import { writeAudit } from '../../audit/audit-log'
import { prepared } from '../../db/sql'

/**
 * The one survey request of a ticket, made the first time it is resolved (or closed): CSAT
 * and/or NPS as the settings say. Never a second — `survey_requests.ticket_id` is UNIQUE and a
 * conflict is ignored — so resolving again after a reopen asks nothing new. A ticket without a
 * customer has nobody to ask. Returns the new request's id, or null when none was made.
 */
export function ensureSurveyRequest(
  db: Database.Database,
  ticketId: number,
  settings: ServiceSettings,
  at: string,
): number | null {
  const { csat, nps } = settings.surveys
  if (!csat && !nps) return null
  const made = prepared(
    db,
    `INSERT INTO survey_requests (ticket_id, customer_id, asks_csat, asks_nps, requested_at)
     SELECT id, customer_id, ?, ?, ? FROM tickets WHERE id = ? AND customer_id IS NOT NULL
     ON CONFLICT (ticket_id) DO NOTHING`,
  ).run(csat ? 1 : 0, nps ? 1 : 0, at, ticketId)
  if (made.changes === 0) return null
  const id = Number(made.lastInsertRowid)
  writeAudit(db, { entity: 'survey_request', entityId: id, action: 'create', after: { ticketId, csat, nps, at } })
  return id
}
