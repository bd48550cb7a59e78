import { z } from 'zod'
import { channel } from '../channel'
import { ORDER_STATUSES } from '../../domain/order'
import type { OrderDetail, OrderRow, OrderTotalsSummary } from '../../domain/order-types'
import { orderPatch, refundRequest, reversalReason, saleInput } from '../../domain/sale'
import { orderDrill } from './drill'
import { id, isoDate, isoDateTime, limit, paging, sortBy, wellFormed } from '../schemas'

export const ORDER_SORT_COLUMNS = ['orderedAt', 'total'] as const

/** Which orders: local calendar days (inclusive), status, customer or walk-ins, channel, payment, number. */
export const orderFilter = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    status: z.enum(ORDER_STATUSES).optional(),
    customerId: id.optional(),
    /** Only sales without a customer. */
    walkIn: z.boolean().optional(),
    channel: wellFormed(z.string()).max(60).optional(),
    paymentMethod: wellFormed(z.string()).max(60).optional(),
    /** The start of an order number. */
    number: wellFormed(z.string()).trim().max(64).optional(),
    /** The orders behind a dashboard mark (drill-down). */
    drill: orderDrill.optional(),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, {
    error: 'orders.validation.dateRange',
    path: ['to'],
  })
export type OrderFilter = z.output<typeof orderFilter>

export const orderListInput = z.strictObject({ filter: orderFilter, sort: sortBy(ORDER_SORT_COLUMNS), ...paging(500) })
export type OrderListInput = z.output<typeof orderListInput>

/** What an edit of an order carries: the order's `updatedAt` as the user saw it (a stale one is refused). */
const edit = { id, updatedAt: isoDateTime }

/** Orders: ring up, list with totals, detail, edit, cancel (and its undo), refund. */
export const orderChannels = {
  'orders.create': channel<OrderDetail>()(saleInput),
  'orders.list': channel<{ rows: OrderRow[]; total: number }>()(orderListInput),
  /** Figures over everything the filter matches, in SQL. */
  'orders.totals': channel<OrderTotalsSummary>()(z.strictObject({ filter: orderFilter })),
  'orders.get': channel<OrderDetail>()(z.strictObject({ id })),
  'orders.update': channel<OrderDetail>()(z.strictObject({ ...edit, patch: orderPatch })),
  'orders.cancel': channel<OrderDetail>()(z.strictObject({ ...edit, reason: reversalReason })),
  /** Undoes the order's cancellation (the record stays, marked undone). */
  'orders.undoCancel': channel<OrderDetail>()(z.strictObject({ id })),
  /** Gives back some lines or quantities, or an amount, within what was sold and paid and not yet given back. */
  'orders.refund': channel<OrderDetail>()(refundRequest.safeExtend(edit)),
  /** Channels and payment methods in use, most orders first, for filters and suggestions. */
  'orders.facets': channel<{ channels: string[]; paymentMethods: string[] }>()(z.strictObject({})),
  /** Orders whose number starts with `query`, newest first (the command palette). */
  'orders.search': channel<OrderRow[]>()(
    z.strictObject({ query: wellFormed(z.string()).trim().min(1).max(64), limit: limit(20) }),
  ),
}
