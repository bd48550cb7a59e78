import { z } from 'zod'
import { minorUnits, requiredText, shortText, text } from './common'

/** A product as the form and the CSV importer create it. */
export const productInput = z
  .object({
    sku: requiredText(64),
    name: shortText(300),
    category: shortText(100).optional(),
    price: minorUnits.default(0),
    cost: minorUnits.optional(),
    active: z.boolean().default(true),
    uid: text(64).optional(),
  })
  .strict()

export type ProductInput = z.output<typeof productInput>
