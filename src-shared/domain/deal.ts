import { z } from 'zod'
import { customerRef, isoDate, nonNegativeMinor, requiredText, shortText, text } from './common'

/** A deal as the pipeline form creates it; the stage is named (CSV) or chosen (form). */
export const dealInput = z
  .object({
    title: requiredText(200),
    value: nonNegativeMinor.default(0),
    stage: shortText(60).optional(),
    probability: z.number().min(0).max(1).optional(),
    expectedClose: isoDate.optional(),
    status: z.enum(['open', 'won', 'lost']).default('open'),
    lostReason: shortText(500).optional(),
    customer: customerRef.strict().optional(),
    uid: text(64).optional(),
  })
  .strict()

export type DealInput = z.output<typeof dealInput>
