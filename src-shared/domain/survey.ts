import { z } from 'zod'
import { customerRef, isoDateTime, shortText, text } from './common'

/** A CSAT (1–5) or NPS (0–10) answer. */
export const surveyInput = z
  .object({
    kind: z.enum(['csat', 'nps']),
    score: z.number().int(),
    comment: shortText(5000).default(''),
    at: isoDateTime,
    ticketNumber: shortText(64).optional(),
    customer: customerRef.strict().optional(),
    uid: text(64).optional(),
  })
  .strict()
  .refine((s) => (s.kind === 'csat' ? s.score >= 1 && s.score <= 5 : s.score >= 0 && s.score <= 10), {
    message: 'score out of range (CSAT 1–5, NPS 0–10)',
    path: ['score'],
  })

export type SurveyInput = z.output<typeof surveyInput>
