import type { SurveyInput } from '../../../src-shared/domain/survey'
import { findId, prepared } from '../../db/sql'
import { insertSurveyResponse, updateSurveyResponse, type SurveyResponseValues } from '../../service/write'
import { customerResolver } from './customer-ref'
import { findDuplicate, type KeyLookup } from './match'
import { RowFailure, type KindWriter, type Outcome, type WriterOptions } from './types'
import { writeMatched } from './write-matched'

interface Request {
  id: number
  customerId: number | null
  ticketId: number | null
  asksCsat: number
  asksNps: number
}

/**
 * Survey answers. A row naming a survey request (the survey export's file, filled in by an SMS or
 * WeChat tool) answers that request: customer and ticket come from it, a question it does not
 * ask fails the row, an empty score is "not answered yet" (skipped), and the same request and
 * question again is the same answer (matched on `request`, so a re-import updates it).
 */
export function surveyWriter({ db, rules, changes }: WriterOptions): KindWriter<SurveyInput> {
  const resolveCustomer = customerResolver(db, changes)
  const request = (uid: string | undefined): Request | undefined => {
    if (!uid) return undefined
    const found = prepared(
      db,
      `SELECT id, customer_id AS customerId, ticket_id AS ticketId, asks_csat AS asksCsat, asks_nps AS asksNps
       FROM survey_requests WHERE uid = ?`,
    ).get(uid) as Request | undefined
    if (!found) throw new RowFailure('unknown_survey_request', { value: uid })
    return found
  }
  const answerOf = (r: SurveyInput): string | undefined => (r.request ? JSON.stringify([r.request, r.kind]) : undefined)
  const lookups: Record<string, KeyLookup<SurveyInput>> = {
    uid: { value: (r) => r.uid, find: (v) => findId(db, 'survey_responses', 'uid', v) },
    request: {
      value: answerOf,
      find: (v) => {
        const [uid, kind] = JSON.parse(v) as [string, string]
        return prepared(
          db,
          `SELECT s.id FROM survey_responses s JOIN survey_requests r ON r.id = s.request_id WHERE r.uid = ? AND s.kind = ?`,
        )
          .pluck()
          .get(uid, kind) as number | undefined
      },
    },
  }
  const ticketId = (number: string | undefined): number | undefined => {
    if (!number) return undefined
    const id = findId(db, 'tickets', 'number', number)
    if (id === undefined) throw new RowFailure('unknown_ticket', { value: number })
    return id
  }
  return {
    write(record): Outcome {
      const asked = request(record.request)
      if (asked && record.score === undefined) return 'skipped'
      if (asked && !(record.kind === 'csat' ? asked.asksCsat : asked.asksNps)) throw new RowFailure('survey_not_asked')
      const match = findDuplicate(rules, lookups, record)
      if (match?.action === 'skip') return 'skipped'
      const survey: SurveyResponseValues = {
        kind: record.kind,
        score: record.score as number,
        comment: record.comment,
        at: record.at ?? new Date().toISOString(),
        ticketId: asked ? asked.ticketId : ticketId(record.ticketNumber),
        customerId: asked ? asked.customerId : (resolveCustomer(record.customer) ?? undefined),
        requestId: asked?.id,
        channel: asked ? 'import' : undefined,
      }
      if (asked && match?.action === 'create') throw new RowFailure('duplicate_unique', { value: record.request ?? '' })
      return writeMatched(changes, 'survey_responses', match, record.uid, {
        insert: (meta) => insertSurveyResponse(db, survey, meta),
        update: (id) => updateSurveyResponse(db, id, survey),
      })
    },
    finish: () => undefined,
  }
}
