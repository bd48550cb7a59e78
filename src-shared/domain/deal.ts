import { z } from 'zod'
import { wellFormed } from '../ipc/schemas'
import { customerRef, requiredText, shortText, text } from './common'
import { optionalText } from './form-fields'
import { DEAL_STATUSES } from './deal-types'

/**
 * Messages of the deal checks are i18n keys (`pipeline.validation.*`): the registrar and the
 * deal form translate them into the UI language.
 */
export const dealMessages = {
  valueDecimals: 'pipeline.validation.valueDecimals',
  valueRange: 'pipeline.validation.valueRange',
  expectedClose: 'pipeline.validation.expectedClose',
  probability: 'pipeline.validation.probability',
} as const

/**
 * The largest deal value in minor units (¥1,000,000,000.00). Far above any small shop's deal,
 * and low enough that value × probability in basis points stays an exact integer (< 2^53).
 */
export const MAX_DEAL_VALUE = 100_000_000_000

/** A deal's value in integer minor units; a fraction means more decimals than the currency has. */
export const dealValue = z
  .number()
  .refine(Number.isInteger, { error: dealMessages.valueDecimals })
  .refine((v) => v >= 0 && v <= MAX_DEAL_VALUE, { error: dealMessages.valueRange })

const EARLIEST_CLOSE = '2000-01-01'
const LATEST_CLOSE = '2199-12-31'

/** A real calendar day `YYYY-MM-DD` in the years a deal can plausibly close (not 99999). */
export const expectedCloseDay = wellFormed(z.string()).refine(
  (v) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
    if (!match || v < EARLIEST_CLOSE || v > LATEST_CLOSE) return false
    const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    return day.toISOString().slice(0, 10) === v
  },
  { error: dealMessages.expectedClose },
)

/** 0…1, kept to the basis point (0.01 %): the resolution every weighted figure uses (deal-weight.ts). */
export const probability = z
  .number()
  .refine((p) => p >= 0 && p <= 1, { error: dealMessages.probability })
  .transform((p) => Math.round(p * 10_000) / 10_000)

/** A deal as a CSV row names it: the stage and the customer by name. */
export const dealInput = z
  .object({
    title: requiredText(200),
    value: dealValue.default(0),
    stage: shortText(60).optional(),
    probability: probability.optional(),
    expectedClose: expectedCloseDay.optional(),
    status: z.enum(DEAL_STATUSES).default('open'),
    lostReason: shortText(500).optional(),
    customer: customerRef.strict().optional(),
    uid: text(64).optional(),
  })
  .strict()

export type DealInput = z.output<typeof dealInput>

const rowId = z.int().positive()

/**
 * A deal as the deal form sends it (create, and every field of an edit): the one schema the form
 * validates with and the `deals.create` / `deals.update` channels check again.
 */
export const dealFields = z.strictObject({
  title: requiredText(200),
  value: dealValue,
  stageId: rowId,
  customerId: rowId.nullable().optional(),
  expectedClose: z.preprocess((v) => (v === '' ? null : v), expectedCloseDay.nullable()).optional(),
  probability: probability.optional(),
  /** Required by the handlers when the stage is a lost one. */
  lostReason: optionalText(wellFormed(z.string()).max(500)),
})

export type DealFieldsDraft = z.input<typeof dealFields>
export type DealFields = z.output<typeof dealFields>
