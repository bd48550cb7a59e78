import { randomBytes, scrypt } from 'node:crypto'

/** scrypt cost, stored with each wrap so stronger defaults later still open older keyrings. */
export interface ScryptParams {
  N: number
  r: number
  p: number
  salt: string
}

/**
 * N = 2^17, r = 8: 128 MiB of memory per guess (OWASP's scrypt floor), ~0.3–1 s here. Run by
 * node's thread pool (async `scrypt`), so the main thread never waits on it.
 */
export const DEFAULT_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const

export { MIN_PASSPHRASE_LENGTH } from '../../../src-shared/ipc/channels/security'

export function newScryptParams(cost: Omit<ScryptParams, 'salt'> = DEFAULT_SCRYPT): ScryptParams {
  return { ...cost, salt: randomBytes(16).toString('base64') }
}

/** NFC first, so the same passphrase typed through different input methods derives the same key. */
export function derivePassphraseKey(passphrase: string, params: ScryptParams): Promise<Buffer> {
  const { N, r, p } = params
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(params.salt, 'base64'),
      32,
      { N, r, p, maxmem: 256 * N * r + 16 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    )
  })
}
