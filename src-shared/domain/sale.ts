import { z } from 'zod'
import { wellFormed } from '../ipc/schemas'
import { isoDateTime, shortText } from './common'
import { optionalText } from './form-fields'
import { lineGross, orderTotals } from './order-math'
import { NEW_ORDER_STATUSES, PAYMENT_METHODS } from './order-types'
import { MAX_MONEY, nonNegativeMoney, quantity, salesMessages } from './sale-fields'

export { NEW_ORDER_STATUSES, PAYMENT_METHODS, type PaymentMethod } from './order-types'

export const saleMessages = {
  lineDescription: 'orders.validation.lineDescription',
  lineDiscount: 'orders.validation.lineDiscount',
  orderDiscount: 'orders.validation.orderDiscount',
  linesRequired: 'orders.validation.linesRequired',
  reason: 'orders.validation.reason',
  duplicateLine: 'orders.validation.duplicateLine',
  refundWhat: 'orders.validation.refundWhat',
} as const

const rowId = z.int().positive()

/** One line of a new order: a product (its name is kept on the line) or free text. */
export const saleLineInput = z
  .strictObject({
    productId: rowId.nullable(),
    description: shortText(500),
    quantity,
    unitPrice: nonNegativeMoney,
    discount: nonNegativeMoney.default(0),
  })
  .superRefine((line, ctx) => {
    if (line.productId === null && line.description === '') {
      ctx.addIssue({ code: 'custom', path: ['description'], message: saleMessages.lineDescription })
    }
    const gross = lineGross(line)
    if (Math.abs(gross) > MAX_MONEY) ctx.addIssue({ code: 'custom', path: ['unitPrice'], message: salesMessages.moneyRange })
    else if (line.discount > gross) ctx.addIssue({ code: 'custom', path: ['discount'], message: saleMessages.lineDiscount })
  })

/**
 * A new order as the order form sends it — the one schema of the form and `orders.create`.
 * Totals are not sent: the orders domain works them out with `orderTotals`, as the form does.
 */
export const saleInput = z
  .strictObject({
    /** null: a walk-in sale, no customer. */
    customerId: rowId.nullable(),
    lines: z.array(saleLineInput).min(1, { error: saleMessages.linesRequired }).max(200),
    discount: nonNegativeMoney.default(0),
    tax: nonNegativeMoney.default(0),
    paymentMethod: z.enum(PAYMENT_METHODS),
    channel: optionalText(wellFormed(z.string()).max(60)),
    campaignId: rowId.nullable().optional(),
    notes: shortText(5000).default(''),
    /** When the sale happened; now when absent. */
    orderedAt: isoDateTime.optional(),
    status: z.enum(NEW_ORDER_STATUSES).default('completed'),
  })
  .superRefine((order, ctx) => {
    const { subtotal, total } = orderTotals(order)
    if (order.discount > subtotal) ctx.addIssue({ code: 'custom', path: ['discount'], message: saleMessages.orderDiscount })
    if (Math.abs(total) > MAX_MONEY) ctx.addIssue({ code: 'custom', path: ['tax'], message: salesMessages.moneyRange })
  })

/** Why an order is cancelled or refunded: required, so the books say it. */
export const reversalReason = wellFormed(z.string()).trim().min(1, { error: saleMessages.reason }).max(500)

/** Which lines go back, and how many of each (each line once). */
export const refundLines = z
  .array(z.strictObject({ lineId: rowId, quantity }))
  .max(200)
  .refine((lines) => new Set(lines.map((l) => l.lineId)).size === lines.length, { error: saleMessages.duplicateLine })

/**
 * A refund: goods that come back (their worth is given back), or an amount alone (a price
 * adjusted, a fee waived), or both (`amount` then replaces what the goods are worth).
 */
export const refundRequest = z
  .strictObject({ reason: reversalReason, lines: refundLines, amount: nonNegativeMoney.optional() })
  .refine((r) => r.lines.length > 0 || r.amount !== undefined, { error: saleMessages.refundWhat, path: ['lines'] })

/** The order fields that stay editable after the sale (never its lines or amounts). */
export const orderPatch = z
  .strictObject({
    channel: optionalText(wellFormed(z.string()).max(60)),
    paymentMethod: z.enum(PAYMENT_METHODS),
    campaignId: rowId.nullable(),
    notes: shortText(5000),
  })
  .partial()

export type SaleInput = z.output<typeof saleInput>
export type SaleInputDraft = z.input<typeof saleInput>
export type SaleLineInput = z.output<typeof saleLineInput>
export type OrderPatch = z.output<typeof orderPatch>
