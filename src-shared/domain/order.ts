import { z } from 'zod'
import { ORDER_STATUSES } from './order-types'
import { customerRef, isoDateTime, minorUnits, nonNegativeMinor, requiredText, shortText, text } from './common'

export { ORDER_STATUSES, type OrderStatus } from './order-types'

/** An order's header, as the order form sends it. */
export const orderInput = z
  .object({
    number: requiredText(64),
    orderedAt: isoDateTime,
    status: z.enum(ORDER_STATUSES).default('completed'),
    channel: shortText(60).optional(),
    paymentMethod: shortText(60).optional(),
    discount: nonNegativeMinor.default(0),
    tax: minorUnits.default(0),
    notes: shortText(5000).default(''),
    uid: text(64).optional(),
  })
  .strict()

/** One line of an order. Quantity is real (sold by weight) and negative on cancellations. */
export const orderLineInput = z
  .object({
    sku: shortText(64).optional(),
    description: shortText(500).default(''),
    quantity: z
      .number()
      .finite()
      .refine((q) => q !== 0, { message: 'quantity must not be 0' }),
    unitPrice: minorUnits,
  })
  .strict()

/**
 * One CSV row of an order export: shops and marketplaces write one row per line and repeat
 * the order's header (number, date, customer) on every line.
 */
export const orderLineRow = orderInput
  .extend(orderLineInput.shape)
  .extend({ customer: customerRef.strict().optional(), customerAddress: shortText(500).optional() })
  .strict()

export type OrderInput = z.output<typeof orderInput>
export type OrderLineRow = z.output<typeof orderLineRow>
