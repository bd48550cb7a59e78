import type Database from 'better-sqlite3'
import { formatMinor } from '../../src-shared/domain/money'
import { planRefund, type RefundPlan, type RefundProblem, type RefundRequestLine } from '../../src-shared/domain/refund-math'
import { AppError } from '../../src-shared/ipc/app-error'
import { prepared } from '../db/sql'
import { insertRecord, refundedTax, type ReversalWrite } from './cancel'
import { orderLines, paidOf, refundableLines, requireOrder } from './detail'

export interface RefundRequest {
  reason: string
  lines: readonly RefundRequestLine[]
  /** Replaces what the lines are worth (within what is left of what was paid). */
  amount?: number
}

/**
 * Gives back some lines or quantities of an order (or an amount), as a refund record with its
 * lines; the amounts are `planRefund`'s (the refund dialog shows the same). Never more of a
 * line than was sold and not yet returned, never more money than was paid and not yet
 * refunded. The order keeps the Σ in `refunded` (the customer figures follow by trigger) and
 * becomes `refunded` once everything paid is back. Runs in the caller's transaction; the
 * caller audits. `uid` keeps the seed's deterministic one.
 */
export function refundOrder(
  db: Database.Database,
  id: number,
  request: RefundRequest,
  at: string,
  uid?: string,
): ReversalWrite & { plan: RefundPlan } {
  const order = requireOrder(db, id)
  if (order.status === 'cancelled' || order.status === 'refunded') {
    throw new AppError('order_refund_cancelled', { number: order.number })
  }
  if (order.status === 'pending') throw new AppError('order_refund_unpaid', { number: order.number })
  const lines = orderLines(db, id)
  if (!refundableLines(lines)) throw new AppError('order_refund_returns', { number: order.number })
  const paid = paidOf(order)
  const state = { total: order.total, tax: order.tax, paid, refunded: order.refunded, refundedTax: refundedTax(db, id), lines }
  const result = planRefund(state, request.lines, request.amount)
  if (!result.ok) throw problemError(result.problem, lines)
  const { plan } = result
  const recordId = insertRecord(db, {
    order_id: id,
    kind: 'refund',
    reason: request.reason,
    amount: plan.amount,
    tax: plan.tax,
    at,
    uid,
  })
  const insertLine = prepared(
    db,
    'INSERT INTO order_refund_lines (refund_id, order_line_id, description, quantity, amount) VALUES (?, ?, ?, ?, ?)',
  )
  for (const line of plan.lines) {
    const description = lines.find((l) => l.id === line.lineId)?.description ?? ''
    insertLine.run(recordId, line.lineId, description, line.quantity, line.amount)
  }
  const refunded = order.refunded + plan.amount
  const status = refunded >= paid && (paid > 0 || allReturned(lines, plan)) ? 'refunded' : order.status
  prepared(db, 'UPDATE orders SET refunded = ?, status = ?, updated_at = ? WHERE id = ?').run(refunded, status, at, id)
  return {
    recordId,
    plan,
    record: { orderId: id, reason: request.reason, ...plan, at },
    before: { status: order.status, refunded: order.refunded },
    after: { status, refunded },
  }
}

/** Every line back, counting this refund (an order that cost nothing is refunded by its goods). */
function allReturned(lines: ReturnType<typeof orderLines>, plan: RefundPlan): boolean {
  return lines.every((l) => {
    const back = plan.lines.find((p) => p.lineId === l.id)?.quantity ?? 0
    return l.refundedQuantity + back >= l.quantity - 1e-9
  })
}

function problemError(problem: RefundProblem, lines: ReturnType<typeof orderLines>): AppError {
  switch (problem.code) {
    case 'refund_line_unknown':
      return new AppError('refund_line_unknown', { line: problem.lineId })
    case 'refund_over_sold': {
      const line = lines.find((l) => l.id === problem.lineId)
      return new AppError('refund_over_sold', {
        description: line?.description ?? '',
        quantity: problem.quantity,
        left: Number(problem.left.toFixed(3)),
      })
    }
    case 'refund_over_paid':
      return new AppError('refund_over_paid', { amount: formatMinor(problem.amount), left: formatMinor(problem.left) })
  }
}
