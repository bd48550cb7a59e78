import type Database from 'better-sqlite3'
import type { OrderDetail, OrderLineDetail, OrderStatus, RefundRecord } from '../../src-shared/domain/order-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { prepared } from '../db/sql'

/** The columns of an order the writes check and change. */
export interface OrderState {
  id: number
  number: string
  status: OrderStatus
  total: number
  tax: number
  refunded: number
  updatedAt: string
}

/** A live order's state; `order_not_found` when there is none. */
export function requireOrder(db: Database.Database, id: number): OrderState {
  const order = prepared(
    db,
    `SELECT id, number, status, total, tax, refunded, updated_at AS updatedAt FROM orders WHERE id = ? AND deleted_at IS NULL`,
  ).get(id) as OrderState | undefined
  if (!order) throw new AppError('order_not_found', { id })
  return order
}

/** What the customer paid: nothing while the order is pending. */
export const paidOf = (order: Pick<OrderState, 'status' | 'total'>): number => (order.status === 'pending' ? 0 : order.total)

/** An order's lines, each with what its refunds took back so far. */
export function orderLines(db: Database.Database, orderId: number): OrderLineDetail[] {
  return prepared(
    db,
    `SELECT l.id, l.position, l.product_id AS productId, p.sku, l.description, l.quantity, l.unit_price AS unitPrice,
       l.discount, l.line_total AS lineTotal,
       coalesce(r.quantity, 0) AS refundedQuantity, coalesce(r.amount, 0) AS refundedAmount
     FROM order_lines l
     LEFT JOIN products p ON p.id = l.product_id
     LEFT JOIN (SELECT rl.order_line_id, sum(rl.quantity) AS quantity, sum(rl.amount) AS amount
                FROM order_refund_lines rl JOIN order_refunds rf ON rf.id = rl.refund_id
                WHERE rf.order_id = @id AND rf.kind = 'refund' GROUP BY rl.order_line_id) r ON r.order_line_id = l.id
     WHERE l.order_id = @id ORDER BY l.position, l.id`,
  ).all({ id: orderId }) as OrderLineDetail[]
}

/** The order's cancellations and refunds, oldest first, with the goods each took back. */
export function orderRefunds(db: Database.Database, orderId: number): RefundRecord[] {
  const records = prepared(
    db,
    `SELECT id, kind, reason, amount, tax, at, undone_at AS undoneAt FROM order_refunds WHERE order_id = ? ORDER BY at, id`,
  ).all(orderId) as Omit<RefundRecord, 'lines'>[]
  const lines = prepared(
    db,
    `SELECT rl.refund_id AS refundId, rl.order_line_id AS orderLineId, rl.description, rl.quantity, rl.amount
     FROM order_refund_lines rl JOIN order_refunds r ON r.id = rl.refund_id WHERE r.order_id = ? ORDER BY rl.id`,
  ).all(orderId) as (RefundRecord['lines'][number] & { refundId: number })[]
  return records.map((record) => ({
    ...record,
    lines: lines.filter((l) => l.refundId === record.id).map(({ refundId: _refundId, ...line }) => line),
  }))
}

type HeaderRecord = Omit<OrderDetail, 'campaign' | 'customer' | 'lines' | 'refunds' | 'paid' | 'canCancel' | 'canRefund'> & {
  campaignId: number | null
  campaignName: string | null
  customerId: number | null
  customerName: string | null
  customerPhone: string | null
  customerDeleted: number | null
}

/** Everything the order page shows. */
export function loadOrderDetail(db: Database.Database, id: number): OrderDetail {
  const h = prepared(
    db,
    `SELECT o.id, o.uid, o.number, o.ordered_at AS orderedAt, o.status, o.channel, o.payment_method AS paymentMethod,
       o.subtotal, o.discount, o.tax, o.total, o.refunded, o.notes, o.created_at AS createdAt, o.updated_at AS updatedAt,
       m.id AS campaignId, m.name AS campaignName,
       c.id AS customerId, c.name AS customerName, c.phone AS customerPhone, c.deleted_at IS NOT NULL AS customerDeleted
     FROM orders o LEFT JOIN customers c ON c.id = o.customer_id LEFT JOIN campaigns m ON m.id = o.campaign_id
     WHERE o.id = ? AND o.deleted_at IS NULL`,
  ).get(id) as HeaderRecord | undefined
  if (!h) throw new AppError('order_not_found', { id })
  const { campaignId, campaignName, customerId, customerName, customerPhone, customerDeleted, ...header } = h
  const lines = orderLines(db, id)
  const paid = paidOf(h)
  const open = h.status !== 'cancelled' && h.status !== 'refunded'
  return {
    ...header,
    campaign: campaignId === null ? null : { id: campaignId, name: campaignName ?? '' },
    customer:
      customerId === null
        ? null
        : { id: customerId, name: customerName ?? '', phone: customerPhone, deleted: customerDeleted === 1 },
    paid,
    lines,
    refunds: orderRefunds(db, id),
    canCancel: open,
    canRefund: open && paid > h.refunded && refundableLines(lines),
  }
}

/** Kehu works refunds out per line; an imported order with returned-goods lines has no such shares. */
export const refundableLines = (lines: readonly Pick<OrderLineDetail, 'quantity' | 'lineTotal'>[]): boolean =>
  lines.length > 0 && lines.every((l) => l.quantity > 0 && l.lineTotal >= 0)
