import type Database from 'better-sqlite3'
import type { AnswerChannel, SurveyAnswerRow, SurveyKind } from '../../../src-shared/domain/survey-types'
import type { SurveyAnswersInput } from '../../../src-shared/ipc/channels/surveys'
import { prepared } from '../../db/sql'
import { answerDrillSql } from '../../insights/drill/answer-drill'

type AnswerRecord = [
  id: number,
  kind: SurveyKind,
  score: number,
  comment: string,
  at: string,
  channel: AnswerChannel | null,
  customerId: number | null,
  customerName: string | null,
  customerPhone: string | null,
  ticketId: number | null,
  ticketNumber: string | null,
]

/**
 * Survey answers newest first, with their customer and ticket when they have one; with a drill,
 * exactly the answers the service card counted for that mark (`insights/drill/answer-drill.ts`).
 */
export function listSurveyAnswers(db: Database.Database, input: SurveyAnswersInput): { rows: SurveyAnswerRow[]; total: number } {
  const { clauses, params } = input.drill ? answerDrillSql(input.drill) : { clauses: ['1'], params: {} }
  const where = clauses.join(' AND ')
  const records = prepared(
    db,
    `SELECT s.id, s.kind, s.score, s.comment, s.at, s.channel, s.customer_id, c.name, c.phone, s.ticket_id, t.number
     FROM survey_responses s LEFT JOIN customers c ON c.id = s.customer_id LEFT JOIN tickets t ON t.id = s.ticket_id
     WHERE ${where} ORDER BY s.at DESC, s.id DESC LIMIT @limit OFFSET @offset`,
  )
    .raw()
    .all({ ...params, limit: input.limit, offset: input.offset }) as AnswerRecord[]
  const total = prepared(db, `SELECT count(*) FROM survey_responses s WHERE ${where}`).pluck().get(params) as number
  const rows = records.map(
    ([id, kind, score, comment, at, channel, customerId, name, phone, ticketId, number]): SurveyAnswerRow => ({
      id,
      kind,
      score,
      comment,
      at,
      channel,
      customer: customerId === null ? null : { id: customerId, name: name ?? '', phone },
      ticket: ticketId === null || number === null ? null : { id: ticketId, number },
    }),
  )
  return { rows, total }
}
