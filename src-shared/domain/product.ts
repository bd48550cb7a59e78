import { z } from 'zod'
import { requiredText, shortText, text } from './common'
import { nonNegativeMoney } from './sale-fields'

/** Each field's rule once; the create and the edit schemas differ only in defaults and clearing. */
const fields = {
  sku: requiredText(64),
  name: requiredText(300),
  category: shortText(100),
  price: nonNegativeMoney,
  cost: nonNegativeMoney,
  active: z.boolean(),
}

/** A product as the form, the products channels and the CSV importer create it. Money in minor units. */
export const productInput = z
  .object({
    ...fields,
    category: fields.category.optional(),
    price: fields.price.default(0),
    cost: fields.cost.optional(),
    active: fields.active.default(true),
    uid: text(64).optional(),
  })
  .strict()

/** An inline edit: any of the fields (no defaults); null clears the category or the cost. */
export const productPatch = z
  .object({ ...fields, category: fields.category.nullable(), cost: fields.cost.nullable() })
  .partial()
  .strict()

export type ProductInput = z.output<typeof productInput>
export type ProductPatch = z.output<typeof productPatch>
