import { createHmac, randomBytes } from 'node:crypto'

/** The key SQLCipher encrypts the data file with: 32 random bytes, never derived from anything. */
export function newDataKey(): Buffer {
  return randomBytes(32)
}

/**
 * A short fingerprint of the data key, stored in the keyring: it tells a key that came back
 * from the OS keychain (which has no integrity check of its own) from a wrong one.
 */
export function dataKeyId(dataKey: Buffer): string {
  return createHmac('sha256', dataKey).update('kehu.keyring.keyId').digest('hex').slice(0, 16)
}
