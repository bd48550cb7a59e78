import type Database from 'better-sqlite3'
import type { SurveyRequestRow } from '../../../src-shared/domain/survey-types'
import type { RecordAnswerInput } from '../../../src-shared/ipc/channels/surveys'
import { AppError } from '../../../src-shared/ipc/app-error'
import { toUtc } from '../../activities/write'
import { writeAudit } from '../../audit/audit-log'
import { prepared } from '../../db/sql'
import { insertSurveyResponse } from '../write'
import { requireSurveyRequest } from './survey-read'

/**
 * Records the answer the owner heard for a request: one CSAT and/or one NPS score (only what the
 * request asks), with the comment and how it came in. A request already answered is refused —
 * undo the answer first — so a score is never silently replaced. Caller owns the transaction.
 */
export function recordAnswer(db: Database.Database, input: RecordAnswerInput): SurveyRequestRow {
  const request = requireSurveyRequest(db, input.requestId)
  if (request.answered) throw new AppError('survey_already_answered', { customer: request.customer?.name ?? '' })
  if ((input.csat !== undefined && !request.asks.csat) || (input.nps !== undefined && !request.asks.nps)) {
    throw new AppError('survey_not_asked')
  }
  const at = input.at === undefined ? new Date().toISOString() : toUtc(input.at)
  if (at < request.requestedAt) throw new AppError('survey_answer_too_early')
  const common = {
    customerId: request.customer?.id ?? null,
    ticketId: request.ticket?.id ?? null,
    requestId: request.id,
    comment: input.comment,
    channel: input.channel,
    at,
  }
  if (input.csat !== undefined) insertSurveyResponse(db, { ...common, kind: 'csat', score: input.csat })
  if (input.nps !== undefined) insertSurveyResponse(db, { ...common, kind: 'nps', score: input.nps })
  writeAudit(db, { entity: 'survey_request', entityId: request.id, action: 'update', after: input })
  return requireSurveyRequest(db, request.id)
}

/** Removes a request's answers (the undo of recording them); the request is open again. */
export function removeAnswers(db: Database.Database, requestId: number): SurveyRequestRow {
  const request = requireSurveyRequest(db, requestId)
  if (!request.answered) throw new AppError('survey_not_answered')
  prepared(db, 'DELETE FROM survey_responses WHERE request_id = ?').run(requestId)
  writeAudit(db, { entity: 'survey_request', entityId: requestId, action: 'delete', before: request.answers })
  return requireSurveyRequest(db, requestId)
}
