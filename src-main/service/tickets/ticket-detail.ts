import type Database from 'better-sqlite3'
import type { ServiceSettings } from '../../../src-shared/domain/service-settings'
import type { TicketDetail, TicketEventView } from '../../../src-shared/domain/ticket-types'
import { prepared } from '../../db/sql'
import { surveyRequestOfTicket } from '../surveys/survey-read'
import { queueRows, refOf, requireTicket } from './ticket-read'

interface EventRecord {
  id: number
  kind: TicketEventView['kind']
  status: TicketEventView['status']
  channel: TicketEventView['channel']
  body: string
  at: string
  origin_id: number
  origin_number: string
  ref_id: number | null
  ref_number: string | null
}

/** The ticket's whole timeline, oldest first, each event marked with the ticket it came from. */
function timeline(db: Database.Database, id: number): TicketEventView[] {
  const rows = prepared(
    db,
    `SELECT e.id, e.kind, e.status, e.channel, e.body, e.at, o.id AS origin_id, o.number AS origin_number,
            r.id AS ref_id, r.number AS ref_number
     FROM ticket_events e
     JOIN tickets o ON o.id = e.origin_ticket_id
     LEFT JOIN tickets r ON r.id = e.ref_ticket_id
     WHERE e.ticket_id = ? ORDER BY e.at, e.id`,
  ).all(id) as EventRecord[]
  return rows.map((e) => ({
    id: e.id,
    kind: e.kind,
    status: e.status,
    channel: e.channel,
    body: e.body,
    at: e.at,
    from: e.origin_id === id ? null : { id: e.origin_id, number: e.origin_number },
    ref: refOf(e.ref_id, e.ref_number),
  }))
}

/** Everything the ticket page shows. */
export function loadTicketDetail(db: Database.Database, id: number, settings: ServiceSettings): TicketDetail {
  const record = requireTicket(db, id)
  const [row] = queueRows(db, [record], settings)
  const merges = prepared(
    db,
    `SELECT g.id, g.merged_id, t.number, g.at FROM ticket_merges g JOIN tickets t ON t.id = g.merged_id
     WHERE g.kept_id = ? AND g.undone_at IS NULL ORDER BY g.id DESC`,
  )
    .raw()
    .all(id) as [number, number, string, string][]
  return {
    ...row,
    body: record.body,
    mergedInto: refOf(record.merged_into_id, record.merged_into_number),
    merges: merges.map(([mergeId, mergedId, number, at]) => ({ id: mergeId, merged: { id: mergedId, number }, at })),
    policy: settings.policies[record.priority],
    events: timeline(db, id),
    survey: surveyRequestOfTicket(db, id),
  }
}
