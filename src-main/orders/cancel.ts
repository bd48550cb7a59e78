import type Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import { insertRow, prepared, type Values } from '../db/sql'
import { paidOf, requireOrder } from './detail'

/** What a cancellation or its undo wrote, for the caller's audit rows. */
export interface ReversalWrite {
  recordId: number
  record: Record<string, unknown>
  before: Record<string, unknown>
  after: Record<string, unknown>
}

/**
 * Cancels an order, with a reason, as a record of its own: what had been paid and not yet
 * refunded goes back, and the status it ended is kept for the undo. The customer figures drop
 * the order by trigger (status). Runs in the caller's transaction; the caller audits.
 */
export function cancelOrder(db: Database.Database, id: number, reason: string, at: string, uid?: string): ReversalWrite {
  const order = requireOrder(db, id)
  if (order.status === 'cancelled') throw new AppError('order_already_cancelled', { number: order.number })
  if (order.status === 'refunded') throw new AppError('order_not_cancellable', { number: order.number })
  const amount = Math.max(0, paidOf(order) - order.refunded)
  const tax = amount === 0 ? 0 : order.tax - refundedTax(db, id)
  const recordId = insertRecord(db, { order_id: id, kind: 'cancel', reason, amount, tax, at, previous_status: order.status, uid })
  setStatus(db, id, 'cancelled', at)
  return {
    recordId,
    record: { orderId: id, kind: 'cancel', reason, amount, tax, at },
    before: { status: order.status },
    after: { status: 'cancelled' },
  }
}

/** Undoes the order's cancellation: its status comes back; the record stays, marked undone. */
export function undoCancel(db: Database.Database, id: number, at: string): ReversalWrite {
  const order = requireOrder(db, id)
  const record = prepared(
    db,
    `SELECT id, previous_status AS previousStatus FROM order_refunds
     WHERE order_id = ? AND kind = 'cancel' AND undone_at IS NULL ORDER BY at DESC, id DESC LIMIT 1`,
  ).get(id) as { id: number; previousStatus: string } | undefined
  if (order.status !== 'cancelled' || !record) throw new AppError('order_not_cancelled', { number: order.number })
  prepared(db, 'UPDATE order_refunds SET undone_at = ?, updated_at = ? WHERE id = ?').run(at, at, record.id)
  setStatus(db, id, record.previousStatus, at)
  return {
    recordId: record.id,
    record: { undoneAt: at },
    before: { status: 'cancelled' },
    after: { status: record.previousStatus },
  }
}

/** A cancellation or refund record, made at `at`; `uid` keeps the seed's deterministic one. */
export function insertRecord(db: Database.Database, values: Values & { at: string }): number {
  return insertRow(db, 'order_refunds', { ...values, created_at: values.at, updated_at: values.at })
}

/** The tax part of what the order's refunds gave back so far. */
export function refundedTax(db: Database.Database, orderId: number): number {
  return prepared(db, "SELECT coalesce(sum(tax), 0) FROM order_refunds WHERE order_id = ? AND kind = 'refund'")
    .pluck()
    .get(orderId) as number
}

function setStatus(db: Database.Database, id: number, status: string, at: string): void {
  prepared(db, 'UPDATE orders SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id)
}
