import { hkdfSync, randomBytes } from 'node:crypto'

// Crockford's base32: no I, L, O or U, so a key written by hand reads back unambiguously.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const GROUPS = 8
const GROUP_LENGTH = 4

/**
 * A new recovery key: 160 random bits as `XXXX-XXXX-…` (8 groups of 4). Random enough that a
 * fast KDF suffices; the passphrase, chosen by a person, gets scrypt instead.
 */
export function newRecoveryKey(): string {
  const bytes = randomBytes((GROUPS * GROUP_LENGTH * 5) / 8)
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  return out.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))!.join('-')
}

/** Upper-cases and drops spaces and dashes; O→0 and I/L→1 as Crockford reads them. */
export function normalizeRecoveryKey(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
}

export function deriveRecoveryKek(recoveryKey: string, salt: string): Buffer {
  const normalized = normalizeRecoveryKey(recoveryKey)
  return Buffer.from(hkdfSync('sha256', normalized, Buffer.from(salt, 'base64'), 'kehu recovery key', 32))
}
