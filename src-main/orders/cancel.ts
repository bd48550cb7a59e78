import type Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import { writeAudit } from '../audit/audit-log'
import { prepared } from '../db/sql'
import { assertNotStale } from '../db/stale-edit'
import { writeTransaction } from '../db/transaction'
import { paidOf, requireOrder } from './detail'

/**
 * Cancels an order seen at `seenUpdatedAt`, with a reason, as a record of its own: what had
 * been paid and not yet refunded goes back, and the status it ended is kept for the undo.
 * The customer figures drop the order by trigger (status).
 */
export function cancelOrder(db: Database.Database, id: number, seenUpdatedAt: string, reason: string, at: string = now()): void {
  writeTransaction(db, () => {
    const order = requireOrder(db, id)
    assertNotStale(db, 'orders', id, seenUpdatedAt)
    if (order.status === 'cancelled') throw new AppError('order_already_cancelled', { number: order.number })
    if (order.status === 'refunded') throw new AppError('order_not_cancellable', { number: order.number })
    const amount = Math.max(0, paidOf(order) - order.refunded)
    const refundedTax = prepared(db, "SELECT coalesce(sum(tax), 0) FROM order_refunds WHERE order_id = ? AND kind = 'refund'")
      .pluck()
      .get(id) as number
    const tax = amount === 0 ? 0 : order.tax - refundedTax
    const recordId = Number(
      prepared(
        db,
        `INSERT INTO order_refunds (order_id, kind, reason, amount, tax, at, previous_status, created_at, updated_at)
         VALUES (?, 'cancel', ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, reason, amount, tax, at, order.status, at, at).lastInsertRowid,
    )
    setStatus(db, id, 'cancelled', at)
    writeAudit(db, {
      entity: 'order_refund',
      entityId: recordId,
      action: 'create',
      after: { orderId: id, kind: 'cancel', reason, amount, tax, at },
    })
    writeAudit(db, {
      entity: 'order',
      entityId: id,
      action: 'update',
      before: { status: order.status },
      after: { status: 'cancelled' },
    })
  })
}

/** Undoes the order's cancellation: its status comes back; the record stays, marked undone. */
export function undoCancel(db: Database.Database, id: number, at: string = now()): void {
  writeTransaction(db, () => {
    const order = requireOrder(db, id)
    const record = prepared(
      db,
      `SELECT id, previous_status AS previousStatus FROM order_refunds
       WHERE order_id = ? AND kind = 'cancel' AND undone_at IS NULL ORDER BY at DESC, id DESC LIMIT 1`,
    ).get(id) as { id: number; previousStatus: string } | undefined
    if (order.status !== 'cancelled' || !record) throw new AppError('order_not_cancelled', { number: order.number })
    prepared(db, 'UPDATE order_refunds SET undone_at = ?, updated_at = ? WHERE id = ?').run(at, at, record.id)
    setStatus(db, id, record.previousStatus, at)
    writeAudit(db, { entity: 'order_refund', entityId: record.id, action: 'undo', after: { undoneAt: at } })
    writeAudit(db, {
      entity: 'order',
      entityId: id,
      action: 'update',
      before: { status: 'cancelled' },
      after: { status: record.previousStatus },
    })
  })
}

function setStatus(db: Database.Database, id: number, status: string, at: string): void {
  prepared(db, 'UPDATE orders SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id)
}

export const now = (): string => new Date().toISOString()
