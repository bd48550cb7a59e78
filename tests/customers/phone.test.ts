import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizePhone, phoneQueryDigits } from '../../src-shared/domain/phone'

describe('normalizePhone', () => {
  it.each([
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['＋８６（１３８）００１３８０００', '13800138000'],
    ['(010) 8888-6666', '01088886666'],
    ['+86 10 8888 6666', '01088886666'],
    ['+1 (415) 555-0100', '+14155550100'],
    ['95588', '95588'],
  ])('%s → %s', (raw, norm) => {
    expect(normalizePhone(raw)).toBe(norm)
  })

  it.each(['', 'abc', '138 0013 800o', '1234', '++8613800138000', '138x', '1'.repeat(21)])('rejects %j', (raw) => {
    expect(normalizePhone(raw)).toBeNull()
  })

  it('is idempotent and ignores how the digits were separated', () => {
    const sep = fc.constantFrom('', ' ', '-', '.', '　')
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 5, maxLength: 15 }), sep, (digits, s) => {
        const plain = digits.join('')
        const norm = normalizePhone(plain)
        expect(normalizePhone(digits.join(s))).toBe(norm)
        if (norm !== null) expect(normalizePhone(norm)).toBe(norm)
      }),
    )
  })

  it('turns a phone-like search query into its digits', () => {
    expect(phoneQueryDigits('138 0013')).toBe('1380013')
    expect(phoneQueryDigits('+86')).toBe('86')
    expect(phoneQueryDigits('张三')).toBeNull()
  })
})
