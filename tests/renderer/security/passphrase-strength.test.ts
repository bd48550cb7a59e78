import { describe, expect, it } from 'vitest'
import { passphraseStrength } from '../../../src-renderer/src/lib/passphrase-strength'

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
