import { randomBytes } from 'node:crypto'
import type { KeyringFile } from './keyring-file'
import type { Keychain } from './keychain'
import { derivePassphraseKey, type ScryptParams } from './passphrase-kdf'
import { deriveRecoveryKek } from './recovery-key'
import { seal } from './seal'

/** The three ways the data key is wrapped; each slot name is bound into its seal. */
export async function wrapPassphrase(
  dataKey: Buffer,
  passphrase: string,
  params: ScryptParams,
): Promise<KeyringFile['passphrase']> {
  const kek = await derivePassphraseKey(passphrase, params)
  return { kdf: 'scrypt', ...params, ...seal(kek, dataKey, 'passphrase') }
}

export function wrapRecovery(dataKey: Buffer, recoveryKey: string): KeyringFile['recovery'] {
  const salt = randomBytes(16).toString('base64')
  return { salt, ...seal(deriveRecoveryKek(recoveryKey, salt), dataKey, 'recovery') }
}

/** Only a trusted keychain gets the key: never Linux's `basic_text`, which is plain text in effect. */
export function keychainWrap(dataKey: Buffer, keychain: Keychain | undefined): KeyringFile['keychain'] {
  if (!keychain || keychain.status() !== 'available') return undefined
  return { data: keychain.encrypt(dataKey.toString('hex')).toString('base64') }
}
