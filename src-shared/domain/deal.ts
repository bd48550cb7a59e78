import { z } from 'zod'
import { customerRef, isoDate, nonNegativeMinor, requiredText, shortText } from './common'

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const
export type DealStatus = (typeof DEAL_STATUSES)[number]
/** What reaching a pipeline stage means for its deals. */
export const STAGE_KINDS = ['open', 'won', 'lost'] as const
export type StageKind = (typeof STAGE_KINDS)[number]

/** A deal as the pipeline form creates it; the stage is named (CSV) or chosen (form). */
export const dealInput = z
  .object({
    title: requiredText(200),
    value: nonNegativeMinor.default(0),
    stage: shortText(60).optional(),
    probability: z.number().min(0).max(1).optional(),
    expectedClose: isoDate.optional(),
    status: z.enum(DEAL_STATUSES).default('open'),
    lostReason: shortText(500).optional(),
    customer: customerRef.strict().optional(),
    uid: z.string().max(64).optional(),
  })
  .strict()

export type DealInput = z.output<typeof dealInput>
