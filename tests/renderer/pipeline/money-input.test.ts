import { describe, expect, it } from 'vitest'
import { moneyText, readMoney } from '../../../src-renderer/src/features/pipeline/lib/money-input'

describe('money typed into the deal form and the value filter', () => {
  it('reads amounts in minor units of the shop currency', () => {
    expect(readMoney('1,234.5', 'CNY')).toEqual({ ok: true, value: 123450 })
    expect(readMoney('¥12.00', 'CNY')).toEqual({ ok: true, value: 1200 })
    expect(readMoney('1500', 'JPY')).toEqual({ ok: true, value: 1500 })
    expect(readMoney('  ', 'CNY')).toEqual({ ok: true, value: undefined })
  })

  it('refuses more decimals than the currency has, and text that is no amount', () => {
    expect(readMoney('12.345', 'CNY')).toEqual({ ok: false, message: 'pipeline.validation.valueDecimals' })
    expect(readMoney('100.5', 'JPY')).toEqual({ ok: false, message: 'pipeline.validation.valueDecimals' })
    expect(readMoney('12.300', 'CNY')).toEqual({ ok: true, value: 1230 })
    expect(readMoney('abc', 'CNY')).toEqual({ ok: false, message: 'pipeline.validation.moneyFormat' })
  })

  it('writes minor units back as a person types them', () => {
    expect(moneyText(123450, 'CNY')).toBe('1234.5')
    expect(moneyText(1500, 'JPY')).toBe('1500')
    expect(moneyText(undefined, 'CNY')).toBe('')
  })
})
