import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { Keychain, KeychainStatus } from '../trust/keyring'

export type TestKeychain = Keychain & {
  /** What the "OS" reports next: available, unavailable, or Linux's untrusted `basic_text`. */
  setStatus(status: KeychainStatus): void
  /** A new keychain secret, as after an OS reinstall or a changed login keychain: old wraps stop decrypting. */
  replaceSecret(): void
}

/**
 * The harness and tests have no OS keychain: this one encrypts with a secret held in memory,
 * like `safeStorage` does with the login keychain, and lets a test switch it off or change it.
 */
export function testKeychain(status: KeychainStatus = 'available'): TestKeychain {
  let current = status
  let secret = randomBytes(32)
  return {
    status: () => current,
    setStatus: (next) => void (current = next),
    replaceSecret: () => void (secret = randomBytes(32)),
    encrypt(plain) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', secret, iv)
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), data])
    },
    decrypt(data) {
      if (current === 'unavailable') throw new Error('keychain unavailable')
      const decipher = createDecipheriv('aes-256-gcm', secret, data.subarray(0, 12))
      decipher.setAuthTag(data.subarray(12, 28))
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8')
    },
  }
}
