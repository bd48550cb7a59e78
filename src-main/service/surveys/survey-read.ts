import type Database from 'better-sqlite3'
import type { AnswerChannel, SurveyAnswer, SurveyRequestRow } from '../../../src-shared/domain/survey-types'
import type { SurveyRequestsInput } from '../../../src-shared/ipc/channels/surveys'
import { AppError } from '../../../src-shared/ipc/app-error'
import { prepared } from '../../db/sql'

interface RequestRecord {
  id: number
  uid: string
  ticket_id: number | null
  ticket_number: string | null
  customer_id: number | null
  customer_name: string | null
  customer_phone: string | null
  asks_csat: number
  asks_nps: number
  batch: string | null
  requested_at: string
}

const REQUEST_SQL = `SELECT r.id, r.uid, r.ticket_id, t.number AS ticket_number, r.customer_id, c.name AS customer_name,
    c.phone AS customer_phone, r.asks_csat, r.asks_nps, r.batch, r.requested_at
  FROM survey_requests r LEFT JOIN tickets t ON t.id = r.ticket_id LEFT JOIN customers c ON c.id = r.customer_id`

/** Answered = it has an answer; derived, so an undone import or answer can never leave it stale. */
const ANSWERED = 'EXISTS (SELECT 1 FROM survey_responses s WHERE s.request_id = r.id)'

type AnswerRow = [
  requestId: number,
  kind: 'csat' | 'nps',
  id: number,
  score: number,
  comment: string,
  at: string,
  channel: AnswerChannel | null,
]

function toRows(db: Database.Database, records: RequestRecord[]): SurveyRequestRow[] {
  const answers = prepared(
    db,
    `SELECT request_id, kind, id, score, comment, at, channel FROM survey_responses
     WHERE request_id IN (SELECT value FROM json_each(?))`,
  )
    .raw()
    .all(JSON.stringify(records.map((r) => r.id))) as AnswerRow[]
  const byRequest = new Map<number, SurveyRequestRow['answers']>()
  for (const [requestId, kind, id, score, comment, at, channel] of answers) {
    const slot = byRequest.get(requestId) ?? { csat: null, nps: null }
    slot[kind] = { id, score, comment, at, channel } satisfies SurveyAnswer
    byRequest.set(requestId, slot)
  }
  return records.map((r) => {
    const found = byRequest.get(r.id) ?? { csat: null, nps: null }
    return {
      id: r.id,
      uid: r.uid,
      ticket: r.ticket_id === null || r.ticket_number === null ? null : { id: r.ticket_id, number: r.ticket_number },
      customer: r.customer_id === null ? null : { id: r.customer_id, name: r.customer_name ?? '', phone: r.customer_phone },
      asks: { csat: r.asks_csat === 1, nps: r.asks_nps === 1 },
      batch: r.batch,
      requestedAt: r.requested_at,
      answers: found,
      answered: found.csat !== null || found.nps !== null,
    }
  })
}

export function requireSurveyRequest(db: Database.Database, id: number): SurveyRequestRow {
  const record = prepared(db, `${REQUEST_SQL} WHERE r.id = ?`).get(id) as RequestRecord | undefined
  if (!record) throw new AppError('survey_request_not_found', { id })
  return toRows(db, [record])[0]
}

export function surveyRequestOfTicket(db: Database.Database, ticketId: number): SurveyRequestRow | null {
  const record = prepared(db, `${REQUEST_SQL} WHERE r.ticket_id = ?`).get(ticketId) as RequestRecord | undefined
  return record ? toRows(db, [record])[0] : null
}

/** Requests newest first, open (no answer yet), answered or all, optionally of one customer. */
export function listSurveyRequests(
  db: Database.Database,
  input: SurveyRequestsInput,
): { rows: SurveyRequestRow[]; total: number } {
  const where = [input.state === 'open' ? `NOT ${ANSWERED}` : input.state === 'answered' ? ANSWERED : '1']
  if (input.customerId !== undefined) where.push('r.customer_id = @customerId')
  const params = { customerId: input.customerId, limit: input.limit, offset: input.offset }
  const condition = where.join(' AND ')
  const records = prepared(
    db,
    `${REQUEST_SQL} WHERE ${condition} ORDER BY r.requested_at DESC, r.id DESC LIMIT @limit OFFSET @offset`,
  ).all(params) as RequestRecord[]
  const total = prepared(db, `SELECT count(*) FROM survey_requests r WHERE ${condition}`)
    .pluck()
    .get({ customerId: input.customerId }) as number
  return { rows: toRows(db, records), total }
}

export { ANSWERED }
