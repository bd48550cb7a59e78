import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { amountToMinor, minorToAmount, quantityFromText } from '../../src-shared/domain/amount-text'

describe('amount-text', () => {
  it('reads amounts as typed, exactly, for the currency’s decimals', () => {
    expect(amountToMinor('12.5', 2)).toBe(1250)
    expect(amountToMinor('¥1,234.56', 2)).toBe(123456)
    expect(amountToMinor('０.２９', 2)).toBe(29)
    expect(amountToMinor('.5', 2)).toBe(50)
    expect(amountToMinor('3元', 2)).toBe(300)
    expect(amountToMinor('-0.05', 2)).toBe(-5)
    expect(amountToMinor('500', 0)).toBe(500)
    // More decimals than the currency has: a fraction, which the money schema refuses.
    expect(amountToMinor('12.345', 2)).toBe(1234.5)
    expect(amountToMinor('12.340', 2)).toBe(1234)
    expect(amountToMinor('1.5', 0)).toBe(1.5)
    for (const bad of ['', '.', 'abc', '1.2.3', '--1']) expect(amountToMinor(bad, 2), bad).toBeNull()
  })

  it('round-trips every amount through its editing text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (minor, digits) => {
        expect(amountToMinor(minorToAmount(minor, digits), digits)).toBe(minor)
      }),
    )
  })

  it('reads quantities', () => {
    expect(quantityFromText('2')).toBe(2)
    expect(quantityFromText('0.35')).toBe(0.35)
    expect(quantityFromText('２')).toBe(2)
    expect(quantityFromText('x')).toBeNull()
    expect(quantityFromText('')).toBeNull()
  })
})
