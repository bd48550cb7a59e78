import { AppError } from '../../../src-shared/ipc/app-error'
import { dataKeyId } from './data-key'
import { keyringPath, readKeyring, writeKeyring, type KeyringFile } from './keyring-file'
import { assertPassphraseStrength, type KeyringOptions } from './keyring'
import type { Keychain } from './keychain'
import { DEFAULT_SCRYPT, newScryptParams } from './passphrase-kdf'
import { newRecoveryKey } from './recovery-key'
import { keychainWrap, wrapPassphrase, wrapRecovery } from './wraps'

/**
 * Re-wraps the same data key with a new passphrase, for a key already unlocked (by the current
 * passphrase, or by the recovery key when it is forgotten): the data file is not re-encrypted,
 * and the recovery key and keychain keep working.
 */
export async function resetPassphrase(
  dataDir: string,
  dataKey: Buffer,
  next: string,
  options: KeyringOptions = {},
): Promise<void> {
  assertPassphraseStrength(next)
  const keyring = matchingKeyring(dataDir, dataKey)
  const passphrase = await wrapPassphrase(dataKey, next, newScryptParams(options.scrypt ?? DEFAULT_SCRYPT))
  writeKeyring(dataDir, { ...keyring, passphrase })
}

/** Replaces the recovery key (the old one stops working); returns the new one to show once. */
export function replaceRecoveryKey(dataDir: string, dataKey: Buffer): string {
  const keyring = matchingKeyring(dataDir, dataKey)
  const recoveryKey = newRecoveryKey()
  writeKeyring(dataDir, { ...keyring, recovery: wrapRecovery(dataKey, recoveryKey) })
  return recoveryKey
}

/**
 * Stores the key in the OS keychain when it is trusted, or removes the keychain wrap when it
 * is not (so an untrusted keychain never keeps a copy). Returns whether the keychain holds it.
 */
export function syncKeychain(dataDir: string, dataKey: Buffer, keychain: Keychain | undefined): boolean {
  const keyring = matchingKeyring(dataDir, dataKey)
  const { keychain: _old, ...rest } = keyring
  const wrap = keychainWrap(dataKey, keychain)
  writeKeyring(dataDir, wrap ? { ...rest, keychain: wrap } : rest)
  return wrap !== undefined
}

/** True when the keyring wraps exactly `dataKey` (so it can be unwrapped again later). */
export function keyringMatches(dataDir: string, dataKey: Buffer): boolean {
  return readKeyring(dataDir)?.keyId === dataKeyId(dataKey)
}

function matchingKeyring(dataDir: string, dataKey: Buffer): KeyringFile {
  const keyring = readKeyring(dataDir)
  if (!keyring) throw new AppError('keyring_missing')
  if (keyring.keyId !== dataKeyId(dataKey)) throw new AppError('keyring_other_key', { file: keyringPath(dataDir) })
  return keyring
}
