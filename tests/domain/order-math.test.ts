import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lineGross, lineTotal, orderTotals } from '../../src-shared/domain/order-math'

/**
 * The order arithmetic against an independent reference: quantities are drawn as whole
 * thousandths (m / 1000), so the exact line value is m × price / 1000, worked in BigInt here
 * without going through the quantity's decimal text as the implementation does.
 */
const reference = (milli: number, price: number): number => {
  const n = BigInt(milli) * BigInt(price)
  const q = n / 1000n
  const r = n % 1000n
  const twice = (r < 0n ? -r : r) * 2n
  return Number(twice >= 1000n ? (n < 0n ? q - 1n : q + 1n) : q)
}

const milli = fc.integer({ min: 1, max: 1_000_000_000 })
const price = fc.integer({ min: 0, max: 1_000_000_000 })

describe('order-math', () => {
  it('quantity × price is exact to the minor unit, rounded half away from zero', () => {
    fc.assert(
      fc.property(milli, price, (m, p) => {
        expect(lineGross({ quantity: m / 1000, unitPrice: p })).toBe(reference(m, p))
      }),
      { numRuns: 2000 },
    )
    // Where binary floating point goes wrong: 1.005 × 100 is 100.49999… in a double.
    expect(lineGross({ quantity: 1.005, unitPrice: 100 })).toBe(101)
    expect(lineGross({ quantity: 0.35, unitPrice: 1999 })).toBe(700)
    expect(lineGross({ quantity: 1.5, unitPrice: 333 })).toBe(500)
  })

  it("an order's total is the sum of its lines minus the discounts plus the tax", () => {
    const line = fc.record({ m: milli, unitPrice: price, discount: fc.integer({ min: 0, max: 1_000_000 }) })
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (raw, d, tax) => {
        const lines = raw.map(({ m, unitPrice, discount }) => ({
          quantity: m / 1000,
          unitPrice,
          discount: Math.min(discount, reference(m, unitPrice)),
        }))
        const gross = raw.reduce((sum, l) => sum + reference(l.m, l.unitPrice), 0)
        const lineDiscounts = lines.reduce((sum, l) => sum + l.discount, 0)
        const discount = d % (gross - lineDiscounts + 1)
        const totals = orderTotals({ lines, discount, tax })
        expect(totals.lineTotals).toEqual(lines.map(lineTotal))
        expect(totals.subtotal).toBe(gross - lineDiscounts)
        expect(totals.total).toBe(gross - lineDiscounts - discount + tax)
        expect(Number.isInteger(totals.total)).toBe(true)
      }),
      { numRuns: 500 },
    )
  })

  it('gives no figure for a value that is not an amount yet', () => {
    expect(lineGross({ quantity: 1, unitPrice: 12.5 })).toBeNaN()
    expect(orderTotals({ lines: [{ quantity: Number.NaN, unitPrice: 100 }], discount: 0, tax: 0 }).total).toBeNaN()
  })
})
