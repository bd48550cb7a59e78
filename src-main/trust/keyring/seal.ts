import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/** A secret sealed with AES-256-GCM: the tag makes a wrong key fail instead of yielding garbage. */
export interface Sealed {
  iv: string
  tag: string
  data: string
}

const ALGORITHM = 'aes-256-gcm'

/** `slot` is bound as associated data, so a wrap cannot be moved to another slot of the keyring. */
export function seal(kek: Buffer, secret: Buffer, slot: string): Sealed {
  const iv = randomBytes(12)
  const cipher = createCipheriv(ALGORITHM, kek, iv)
  cipher.setAAD(Buffer.from(`kehu.keyring.v1:${slot}`))
  const data = Buffer.concat([cipher.update(secret), cipher.final()])
  return { iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') }
}

/** The secret, or null when `kek` is not the key it was sealed with (or the wrap was altered). */
export function unseal(kek: Buffer, sealed: Sealed, slot: string): Buffer | null {
  const decipher = createDecipheriv(ALGORITHM, kek, Buffer.from(sealed.iv, 'base64'))
  decipher.setAAD(Buffer.from(`kehu.keyring.v1:${slot}`))
  decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'))
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()])
  } catch {
    return null
  }
}
