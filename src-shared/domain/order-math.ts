import { multiplyRounded } from './exact-decimal'

/**
 * An order's arithmetic, once: the order form shows these figures as you type and the orders
 * domain stores them (src-main/orders/write.ts), so the two can never disagree. Integer minor
 * units throughout; quantities are real (sold by weight), taken exactly as written.
 */

export interface LineAmounts {
  quantity: number
  /** Minor units per unit. */
  unitPrice: number
  /** Minor units off this line; 0 when absent. */
  discount?: number
}

export interface OrderAmounts {
  lines: readonly LineAmounts[]
  /** Minor units off the whole order, after the lines. */
  discount: number
  /** Minor units added on top (a sales tax); 0 where prices include VAT. */
  tax: number
}

export interface OrderTotals {
  /** Each line's total, in the order given. */
  lineTotals: number[]
  /** Σ line totals. */
  subtotal: number
  /** subtotal − order discount + tax. */
  total: number
}

/** quantity × unit price, rounded half away from zero to a minor unit. */
export const lineGross = (line: LineAmounts): number => multiplyRounded(line.unitPrice, line.quantity)

/** A line's total: quantity × unit price, rounded, less the line's discount. */
export const lineTotal = (line: LineAmounts): number => lineGross(line) - (line.discount ?? 0)

export function orderTotals(order: OrderAmounts): OrderTotals {
  const lineTotals = order.lines.map(lineTotal)
  let subtotal = 0
  for (const total of lineTotals) subtotal += total
  return { lineTotals, subtotal, total: subtotal - order.discount + order.tax }
}
