import { AppError } from '../../../src-shared/ipc/app-error'
import { dataKeyId, newDataKey } from './data-key'
import { readKeyring, writeKeyring, type KeyringFile } from './keyring-file'
import type { Keychain } from './keychain'
import { DEFAULT_SCRYPT, derivePassphraseKey, MIN_PASSPHRASE_LENGTH, newScryptParams } from './passphrase-kdf'
import { deriveRecoveryKek, newRecoveryKey } from './recovery-key'
import { unseal } from './seal'
import { keychainWrap, wrapPassphrase, wrapRecovery } from './wraps'

export interface KeyringOptions {
  /** The OS keychain; without one (or an untrusted one) only the passphrase and recovery key open the key. */
  keychain?: Keychain
  /** scrypt cost for new wraps; the default is memory-hard (passphrase-kdf.ts). */
  scrypt?: { N: number; r: number; p: number }
}

export interface NewKeyring {
  dataKey: Buffer
  /** Shown once to print or write down; the keyring keeps only what it wraps. */
  recoveryKey: string
  /** True when the OS keychain also holds the key (so the app opens without asking). */
  inKeychain: boolean
}

/**
 * Sets the first passphrase: a new random data key wrapped by the passphrase, a new recovery
 * key and (when trusted) the OS keychain. The keyring exists from then on, encryption on or off:
 * checking the passphrase is unwrapping the key. A second call is refused — use changePassphrase.
 */
export async function setPassphrase(dataDir: string, passphrase: string, options: KeyringOptions = {}): Promise<NewKeyring> {
  assertPassphraseStrength(passphrase)
  if (readKeyring(dataDir)) throw new AppError('passphrase_already_set')
  const dataKey = newDataKey()
  const recoveryKey = newRecoveryKey()
  const keychain = keychainWrap(dataKey, options.keychain)
  const keyring: KeyringFile = {
    format: 'kehu-keyring',
    version: 1,
    keyId: dataKeyId(dataKey),
    passphrase: await wrapPassphrase(dataKey, passphrase, newScryptParams(options.scrypt ?? DEFAULT_SCRYPT)),
    recovery: wrapRecovery(dataKey, recoveryKey),
    ...(keychain ? { keychain } : {}),
  }
  writeKeyring(dataDir, keyring)
  return { dataKey, recoveryKey, inKeychain: keychain !== undefined }
}

/** True when a keyring exists and `passphrase` unwraps its key. */
export async function verifyPassphrase(dataDir: string, passphrase: string): Promise<boolean> {
  return (await unlockWithPassphrase(dataDir, passphrase)) !== null
}

/** The data key, or null for a wrong passphrase or no keyring. */
export async function unlockWithPassphrase(dataDir: string, passphrase: string): Promise<Buffer | null> {
  const keyring = readKeyring(dataDir)
  if (!keyring) return null
  const kek = await derivePassphraseKey(passphrase, keyring.passphrase)
  return unseal(kek, keyring.passphrase, 'passphrase')
}

/** The data key, or null for a wrong recovery key or no keyring. Spaces, dashes and case do not matter. */
export function unlockWithRecoveryKey(dataDir: string, recoveryKey: string): Buffer | null {
  const keyring = readKeyring(dataDir)
  if (!keyring) return null
  return unseal(deriveRecoveryKek(recoveryKey, keyring.recovery.salt), keyring.recovery, 'recovery')
}

/**
 * The data key from the OS keychain, or null when the keyring has no keychain wrap, the keychain
 * is unavailable or untrusted, or it no longer decrypts (a changed keychain: Signal-Desktop#7005 —
 * the passphrase and recovery key still open the file, so nothing is lost).
 */
export function unlockWithKeychain(dataDir: string, keychain: Keychain | undefined): Buffer | null {
  const keyring = readKeyring(dataDir)
  if (!keyring?.keychain || !keychain || keychain.status() !== 'available') return null
  try {
    const key = Buffer.from(keychain.decrypt(Buffer.from(keyring.keychain.data, 'base64')), 'hex')
    return key.length === 32 && dataKeyId(key) === keyring.keyId ? key : null
  } catch {
    return null
  }
}

export function assertPassphraseStrength(passphrase: string): void {
  if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError('passphrase_too_short', { min: MIN_PASSPHRASE_LENGTH })
  }
}
