import { proportion } from './exact-decimal'

/**
 * How much a refund gives back, once: the refund dialog shows it as lines are ticked and the
 * orders domain records it (src-main/orders/refund.ts), so the two agree to the minor unit.
 *
 * The order's total (after its discount, with its tax) is shared among its lines in proportion
 * to their totals; returning part of a line gives back that part of its share, and returning
 * the last of a line gives back exactly what is left of its share, so a line returned in
 * several steps adds up to its share and a whole order to its total.
 */

export interface SoldLine {
  id: number
  /** Sold (> 0). */
  quantity: number
  lineTotal: number
  refundedQuantity: number
  /** Σ of this line's refund amounts so far. */
  refundedAmount: number
}

export interface RefundableOrder {
  total: number
  tax: number
  /** What the customer paid: the total, or 0 while the order is pending. */
  paid: number
  /** Money already given back by refunds, and the tax part of it. */
  refunded: number
  refundedTax: number
  lines: readonly SoldLine[]
}

export interface RefundRequestLine {
  lineId: number
  quantity: number
}

export interface RefundPlan {
  lines: { lineId: number; quantity: number; amount: number }[]
  /** Money given back (the lines' amounts, or the amount the user chose). */
  amount: number
  /** The tax part of `amount`. */
  tax: number
}

export type RefundProblem =
  | { code: 'refund_line_unknown'; lineId: number }
  | { code: 'refund_over_sold'; lineId: number; quantity: number; left: number }
  | { code: 'refund_over_paid'; amount: number; left: number }

/** Room for the last bits of a real quantity (0.1 + 0.2) when comparing with what is left. */
const EPSILON = 1e-9

/** Each line's part of the order total, proportional to its line total; they add up to the total exactly. */
export function lineShares(lineTotals: readonly number[], total: number): number[] {
  const weight = lineTotals.reduce((sum, t) => sum + BigInt(t), 0n)
  if (weight === 0n) return lineTotals.map((_, i) => (i === 0 ? total : 0))
  const big = BigInt(total)
  const exact = lineTotals.map((t) => big * BigInt(t))
  const shares = exact.map((x) => x / weight)
  let left = big - shares.reduce((sum, s) => sum + s, 0n)
  // Largest remainder first (ties: the earlier line), so the parts always add up to the total.
  const byRemainder = exact.map((x, i) => ({ i, r: x % weight })).sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i))
  for (const { i } of byRemainder) {
    if (left === 0n) break
    shares[i] += 1n
    left -= 1n
  }
  return shares.map(Number)
}

/**
 * The refund for `request` (quantities per line), or the first problem: an unknown line, more
 * than is left of a line, or more money than is left of what was paid. `amount`, when given,
 * replaces the lines' amount (a restocking fee kept, shipping given back), within what is left.
 */
export function planRefund(
  order: RefundableOrder,
  request: readonly RefundRequestLine[],
  amount?: number,
): { ok: true; plan: RefundPlan } | { ok: false; problem: RefundProblem } {
  const shares = lineShares(
    order.lines.map((l) => l.lineTotal),
    order.total,
  )
  const lines: RefundPlan['lines'] = []
  for (const { lineId, quantity } of request) {
    const index = order.lines.findIndex((l) => l.id === lineId)
    const line = order.lines[index]
    if (!line) return { ok: false, problem: { code: 'refund_line_unknown', lineId } }
    const left = line.quantity - line.refundedQuantity
    if (quantity > left + EPSILON) return { ok: false, problem: { code: 'refund_over_sold', lineId, quantity, left } }
    const shareLeft = shares[index] - line.refundedAmount
    const last = quantity >= left - EPSILON
    const part = last ? shareLeft : Math.min(shareLeft, proportion(shares[index], quantity, line.quantity))
    lines.push({ lineId, quantity, amount: part })
  }
  const moneyLeft = order.paid - order.refunded
  const total = amount ?? lines.reduce((sum, l) => sum + l.amount, 0)
  if (total > moneyLeft) return { ok: false, problem: { code: 'refund_over_paid', amount: total, left: moneyLeft } }
  return { ok: true, plan: { lines, amount: total, tax: taxPart(order, total, moneyLeft) } }
}

/** The tax inside `amount`: the order's tax in proportion, and all that is left with the last of the money. */
function taxPart(order: RefundableOrder, amount: number, moneyLeft: number): number {
  const taxLeft = order.tax - order.refundedTax
  if (amount === moneyLeft) return taxLeft
  if (order.total === 0) return 0
  return Math.min(taxLeft, proportion(order.tax, amount, order.total))
}
