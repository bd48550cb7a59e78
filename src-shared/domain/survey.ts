import { z } from 'zod'
import { customerRef, isoDateTime, shortText, text } from './common'
import { SURVEY_KINDS } from './survey-types'

/**
 * A CSAT (1–5) or NPS (0–10) answer. With `request` (a survey request's Kehu id, as the survey
 * export writes it) the answer belongs to that request — its customer and ticket come from it,
 * an empty score means "not answered yet" and the row is skipped, and a missing time is the time
 * of the import.
 */
export const surveyInput = z
  .object({
    kind: z.enum(SURVEY_KINDS),
    score: z.number().int().optional(),
    comment: shortText(5000).default(''),
    at: isoDateTime.optional(),
    request: shortText(64).optional(),
    ticketNumber: shortText(64).optional(),
    customer: customerRef.strict().optional(),
    uid: text(64).optional(),
  })
  .strict()
  .refine((s) => s.request || s.score !== undefined, { message: 'tickets.validation.surveyScoreRequired', path: ['score'] })
  .refine((s) => s.request || s.at !== undefined, { message: 'tickets.validation.surveyTimeRequired', path: ['at'] })
  .refine((s) => s.score === undefined || (s.kind === 'csat' ? s.score >= 1 && s.score <= 5 : s.score >= 0 && s.score <= 10), {
    message: 'score out of range (CSAT 1–5, NPS 0–10)',
    path: ['score'],
  })

export type SurveyInput = z.output<typeof surveyInput>
