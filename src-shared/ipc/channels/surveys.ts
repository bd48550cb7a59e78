import { z } from 'zod'
import { channel } from '../channel'
import { ANSWER_CHANNELS, type SurveyAnswerRow, type SurveyBatchResult, type SurveyRequestRow } from '../../domain/survey-types'
import { answerDrill } from './drill'
import { id, isoDate, isoDateTimeWithOffset, paging, wellFormed } from '../schemas'

export const surveyMessages = {
  needsScore: 'tickets.validation.surveyNeedsScore',
  periodOrder: 'tickets.validation.periodOrder',
} as const

export const recordAnswerInput = z
  .strictObject({
    requestId: id,
    csat: z.int().min(1).max(5).optional(),
    nps: z.int().min(0).max(10).optional(),
    comment: wellFormed(z.string()).trim().max(5000).default(''),
    /** How the answer came in; `import` is the CSV importer's. */
    channel: z.enum(ANSWER_CHANNELS.filter((c) => c !== 'import') as ['phone', 'wechat', 'paper', 'in_person', 'sms']),
    at: isoDateTimeWithOffset.optional(),
  })
  .refine((a) => a.csat !== undefined || a.nps !== undefined, { message: surveyMessages.needsScore, path: ['csat'] })
export type RecordAnswerInput = z.output<typeof recordAnswerInput>

/** Who a periodic survey asks: customers matching the list filters, optionally only buyers in a period. */
export const surveyCustomersInput = z
  .strictObject({
    query: wellFormed(z.string()).max(100).optional(),
    tagIds: z.array(id).max(50).optional(),
    city: wellFormed(z.string()).max(100).optional(),
    source: wellFormed(z.string()).max(100).optional(),
    /** Inclusive local days: customers with a counted order in the period. */
    purchasedFrom: isoDate.optional(),
    purchasedTo: isoDate.optional(),
  })
  .refine((v) => !v.purchasedFrom || !v.purchasedTo || v.purchasedFrom <= v.purchasedTo, {
    message: surveyMessages.periodOrder,
    path: ['purchasedTo'],
  })
export type SurveyCustomersInput = z.output<typeof surveyCustomersInput>

export const surveyRequestsInput = z.strictObject({
  state: z.enum(['open', 'answered', 'all']),
  customerId: id.optional(),
  ...paging(500),
})
export type SurveyRequestsInput = z.output<typeof surveyRequestsInput>

/** Answers newest first; with `drill`, only those behind a dashboard mark (a CSAT score bar, an NPS group). */
export const surveyAnswersInput = z.strictObject({ drill: answerDrill.optional(), ...paging(500) })
export type SurveyAnswersInput = z.output<typeof surveyAnswersInput>

/** Satisfaction surveys: requests after resolved tickets and periodic NPS, answers recorded or imported. */
export const surveyChannels = {
  /** Requests newest first; `open` = no answer yet. */
  'surveys.requests': channel<{ rows: SurveyRequestRow[]; total: number }>()(surveyRequestsInput),
  /** Records the answer the owner heard (phone, WeChat, paper card …); `surveys.unrecord` undoes it. */
  'surveys.record': channel<SurveyRequestRow>()(recordAnswerInput),
  'surveys.unrecord': channel<SurveyRequestRow>()(z.strictObject({ requestId: id })),
  /** A periodic NPS survey: one request per matching customer; `surveys.cancelBatch` undoes it. */
  'surveys.requestCustomers': channel<SurveyBatchResult>()(surveyCustomersInput),
  /** Removes a batch's requests that have no answer yet. */
  'surveys.cancelBatch': channel<{ count: number }>()(z.strictObject({ batch: wellFormed(z.string()).min(1).max(64) })),
  /** How many customers a periodic survey would ask, before making it. */
  'surveys.countCustomers': channel<{ count: number }>()(surveyCustomersInput),
  /** The answers themselves (with or without a request or ticket), newest first. */
  'surveys.answers': channel<{ rows: SurveyAnswerRow[]; total: number }>()(surveyAnswersInput),
}
