import type { DataEntity } from '../../../src-shared/ipc'
import { writeTransaction } from '../../db/transaction'
import type { HandlerContext } from '../../ipc/context'
import type { DomainHandlers } from '../../ipc/handler'
import { recordAnswer, removeAnswers } from '../surveys/survey-answers'
import { cancelSurveyBatch, countSurveyAudience, requestSurveyOfCustomers } from '../surveys/survey-batch'
import { listSurveyAnswers } from '../surveys/survey-answers-list'
import { listSurveyRequests } from '../surveys/survey-read'

const changed = (ctx: HandlerContext, ...entities: DataEntity[]): void => ctx.emit('data.changed', { entities })

export const surveyHandlers: DomainHandlers<'surveys'> = {
  'surveys.requests': (input, ctx) => listSurveyRequests(ctx.db, input),
  'surveys.record': (input, ctx) => {
    const row = writeTransaction(ctx.db, (db) => recordAnswer(db, input))
    changed(ctx, 'survey_responses', 'survey_requests')
    return row
  },
  'surveys.unrecord': ({ requestId }, ctx) => {
    const row = writeTransaction(ctx.db, (db) => removeAnswers(db, requestId))
    changed(ctx, 'survey_responses', 'survey_requests')
    return row
  },
  'surveys.requestCustomers': (input, ctx) => {
    const result = writeTransaction(ctx.db, (db) => requestSurveyOfCustomers(db, input))
    if (result.created > 0) changed(ctx, 'survey_requests')
    return result
  },
  'surveys.cancelBatch': ({ batch }, ctx) => {
    const count = writeTransaction(ctx.db, (db) => cancelSurveyBatch(db, batch))
    if (count > 0) changed(ctx, 'survey_requests')
    return { count }
  },
  'surveys.countCustomers': (input, ctx) => ({ count: countSurveyAudience(ctx.db, input) }),
  'surveys.answers': (input, ctx) => listSurveyAnswers(ctx.db, input),
}
