import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orderTotals } from '../../src-shared/domain/order-math'
import { lineShares, planRefund, type RefundableOrder } from '../../src-shared/domain/refund-math'

const order = fc
  .record({
    lines: fc.array(fc.record({ quantity: fc.integer({ min: 1, max: 20 }), unitPrice: fc.integer({ min: 0, max: 500_000 }) }), {
      minLength: 1,
      maxLength: 8,
    }),
    discountShare: fc.double({ min: 0, max: 1, noNaN: true }),
    tax: fc.integer({ min: 0, max: 100_000 }),
  })
  .map(({ lines, discountShare, tax }): RefundableOrder => {
    const subtotal = orderTotals({ lines, discount: 0, tax: 0 }).subtotal
    const discount = Math.floor(subtotal * discountShare)
    const { lineTotals, total } = orderTotals({ lines, discount, tax })
    return {
      total,
      tax,
      paid: total,
      refunded: 0,
      refundedTax: 0,
      lines: lines.map((l, i) => ({
        id: i + 1,
        quantity: l.quantity,
        lineTotal: lineTotals[i],
        refundedQuantity: 0,
        refundedAmount: 0,
      })),
    }
  })

/** Applies a plan to the order, as the orders domain records it. */
function apply(
  o: RefundableOrder,
  plan: { lines: { lineId: number; quantity: number; amount: number }[]; amount: number; tax: number },
): RefundableOrder {
  return {
    ...o,
    refunded: o.refunded + plan.amount,
    refundedTax: o.refundedTax + plan.tax,
    lines: o.lines.map((l) => {
      const back = plan.lines.find((p) => p.lineId === l.id)
      return back
        ? { ...l, refundedQuantity: l.refundedQuantity + back.quantity, refundedAmount: l.refundedAmount + back.amount }
        : l
    }),
  }
}

describe('refund-math', () => {
  it('shares the order total among the lines exactly, each within a minor unit of its proportion', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 1e9 }),
        (totals, total) => {
          const shares = lineShares(totals, total)
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total)
          const weight = totals.reduce((a, b) => a + b, 0)
          if (weight === 0) return
          shares.forEach((s, i) => expect(Math.abs(s - (total * totals[i]) / weight)).toBeLessThan(1 + 1e-6))
        },
      ),
    )
  })

  it('refunds never exceed what was sold or paid, and returning everything in any steps gives back exactly the total and the tax', () => {
    const steps = fc.array(fc.record({ line: fc.nat(), quantity: fc.integer({ min: 1, max: 25 }) }), { maxLength: 30 })
    fc.assert(
      fc.property(order, steps, (start, requests) => {
        let o = start
        for (const { line, quantity } of requests) {
          const target = o.lines[line % o.lines.length]
          const result = planRefund(o, [{ lineId: target.id, quantity }])
          const left = target.quantity - target.refundedQuantity
          expect(result.ok).toBe(quantity <= left)
          if (result.ok) o = apply(o, result.plan)
        }
        for (const l of o.lines) expect(l.refundedQuantity).toBeLessThanOrEqual(l.quantity)
        expect(o.refunded).toBeLessThanOrEqual(o.paid)
        const rest = o.lines
          .filter((l) => l.refundedQuantity < l.quantity)
          .map((l) => ({ lineId: l.id, quantity: l.quantity - l.refundedQuantity }))
        if (rest.length > 0) {
          const last = planRefund(o, rest)
          expect(last.ok).toBe(true)
          if (last.ok) o = apply(o, last.plan)
        }
        expect(o.refunded).toBe(o.total)
        expect(o.refundedTax).toBe(o.tax)
        for (const l of o.lines) expect(l.refundedAmount).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 400 },
    )
  })

  it('refuses an amount over what is left of what was paid', () => {
    fc.assert(
      fc.property(order, fc.integer({ min: 1, max: 1000 }), (o, over) => {
        const result = planRefund(o, [], o.paid + over)
        expect(result).toEqual({ ok: false, problem: { code: 'refund_over_paid', amount: o.paid + over, left: o.paid } })
      }),
    )
  })
})
