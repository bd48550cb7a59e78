import { describe, expect, it } from 'vitest'
import { security as en } from '../../../src-shared/i18n/locales/en/security'
import { security as zhCN } from '../../../src-shared/i18n/locales/zh-CN/security'
import { passphraseStrength } from '../../../src-renderer/src/features/security/passphrase-strength'
import { fill } from '../../../src-renderer/src/features/security/use-security-strings'

/** Every leaf as `path=value`, for comparing catalogs that i18next does not load at start. */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null) return [[prefix, node]]
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key))
}

describe('the security screens’ strings (loaded with the screens, not at start)', () => {
  it('have the same keys in both languages, none empty, and the same placeholders', () => {
    const english = leaves(en)
    const chinese = new Map(leaves(zhCN))
    expect([...chinese.keys()].sort()).toEqual(english.map(([key]) => key).sort())
    for (const [key, value] of english) {
      const other = chinese.get(key)
      expect(typeof value === 'string' && value.trim() !== '' && typeof other === 'string' && other.trim() !== '', key).toBe(true)
      expect(String(other).match(/\{\{\w+\}\}/g), key).toEqual(String(value).match(/\{\{\w+\}\}/g))
    }
  })

  it('fill their placeholders like i18next, leaving unknown ones visible', () => {
    expect(fill(en.tooShort, { min: 8 })).toBe('At least 8 characters.')
    expect(fill(zhCN.tooShort, { min: 8 })).toBe('至少 8 个字符。')
    expect(fill('{{a}} and {{b}}', { a: 1 })).toBe('1 and {{b}}')
  })
})

describe('the passphrase strength hint', () => {
  it.each([
    ['password', 'weak'],
    ['Passw0rd!', 'fair'],
    ['longer passphrase', 'strong'],
    ['Tr0ub4dor&3x', 'strong'],
    ['abcdefghij', 'fair'],
    ['我的小店客户名单', 'weak'],
    ['我的小店客户名单很重要', 'fair'],
    ['我家小店的客户名单不能给别人看到', 'strong'],
  ] as const)('%s is %s', (passphrase, strength) => {
    expect(passphraseStrength(passphrase)).toBe(strength)
  })
})
