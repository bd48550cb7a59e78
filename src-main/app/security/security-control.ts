import { existsSync, rmSync } from 'node:fs'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { SecurityStatus } from '../../../src-shared/ipc/channels/security'
import { dataFilePath } from '../../db'
import type { DataKey } from '../../db/cipher'
import type { SecurityControl } from '../../ipc/context'
import { isDataFileEncrypted } from '../../trust/encryption/encryption-switch'
import {
  assertPassphraseStrength,
  hasKeyring,
  keyringInKeychain,
  keyringPath,
  MIN_PASSPHRASE_LENGTH,
  replaceRecoveryKey,
  resetPassphrase,
  setPassphrase,
  syncKeychain,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type KeyringOptions,
} from '../../trust/keyring'
import { clearTries, hearTry } from '../../trust/lock/passphrase-tries'

/** What the control needs of the host: whether a backend serves, and opening / closing one. */
export interface KeyHolder {
  dataDir: string
  keyring: KeyringOptions
  /** Milliseconds since the epoch: when the next passphrase is heard after wrong ones. */
  now(): number
  isOpen(): boolean
  /** Boots the backend with `key` (an encrypted or new file) or none (a plain file). */
  open(key: DataKey | undefined): void
  /** The passphrase or the recovery key just opened the file: the app lock need not ask again. */
  ownerProved(): void
  /** Closes the backend for a conversion; refused (`security_busy`) while a job runs. */
  close(): Promise<void>
  /**
   * Converts the closed data file in a worker (progress and cancel as job `jobId`); rejects with
   * `encryption_cancelled` when cancelled before the swap, the file then exactly as it was.
   */
  convert(on: boolean, key: DataKey, jobId: string): Promise<void>
  /** Runs `work` with every other call waiting (setup, unlock and conversions change what serves). */
  exclusive<T>(work: () => Promise<T>): Promise<T>
}

export function securityStatus(holder: KeyHolder, recovered = false): SecurityStatus {
  const { dataDir } = holder
  return {
    recovered: recovered && holder.isOpen(),
    phase: holder.isOpen() ? 'open' : existsSync(dataFilePath(dataDir)) ? 'locked' : 'setup',
    encrypted: isDataFileEncrypted(dataDir) === true,
    passphraseSet: hasKeyring(dataDir),
    keychain: holder.keyring.keychain?.status() ?? 'unavailable',
    inKeychain: keyringInKeychain(dataDir),
  }
}

/** The `security.*` channels over one data folder and its keyring (./secure-host.ts serves them). */
export function securityControl(holder: KeyHolder): SecurityControl {
  const { dataDir, keyring } = holder
  // The key the recovery key gave, kept only until a new passphrase wraps it (this process only).
  let recoveredKey: DataKey | null = null
  const status = (): SecurityStatus => securityStatus(holder, recoveredKey !== null)
  /** Repeated wrong passphrases slow down, as at the app lock (one count for both). */
  const guessed = (passphrase: string): Promise<DataKey> =>
    hearTry(dataDir, holder.now, () => unlockWithPassphrase(dataDir, passphrase))
  // Settings → Security asks for the passphrase too: an unlocked, unattended laptop is no faster
  // a way to guess it than the lock screen.
  const ownerKey = async (passphrase: string): Promise<DataKey> => {
    if (!hasKeyring(dataDir)) throw new AppError('keyring_missing')
    return guessed(passphrase)
  }
  return {
    'security.status': async () => status(),
    'security.setup': ({ encrypt, passphrase }) =>
      holder.exclusive(async () => {
        if (status().phase !== 'setup') throw new AppError('security_already_set_up')
        if (encrypt && !passphrase) throw new AppError('passphrase_too_short', { min: MIN_PASSPHRASE_LENGTH })
        const made = passphrase ? await setPassphrase(dataDir, passphrase, keyring) : null
        holder.open(encrypt ? made?.dataKey : undefined)
        return { status: status(), recoveryKey: made?.recoveryKey ?? null }
      }),
    'security.unlock': (input) =>
      holder.exclusive(async () => {
        if (holder.isOpen()) return status()
        const key = 'passphrase' in input ? await guessed(input.passphrase) : unlockWithRecoveryKey(dataDir, input.recoveryKey)
        // Not slowed: a recovery key has too many bits to guess, and the owner types it from paper.
        if (!key) throw new AppError('recovery_key_wrong')
        if ('recoveryKey' in input) recoveredKey = key
        clearTries(dataDir)
        holder.open(key)
        holder.ownerProved()
        // A keychain that changed (Signal-Desktop#7005) holds the key again from now on.
        syncKeychain(dataDir, key, keyring.keychain)
        return status()
      }),
    'security.setEncryption': ({ on, passphrase, jobId }) =>
      holder.exclusive(async () => {
        if (!holder.isOpen()) throw new AppError('security_locked')
        let recoveryKey: string | null = null
        let key: DataKey
        const madeNow = !hasKeyring(dataDir)
        if (!madeNow) key = await ownerKey(passphrase)
        else if (!on) return { status: status(), recoveryKey }
        else ({ dataKey: key, recoveryKey } = await setPassphrase(dataDir, passphrase, keyring))
        if (on === status().encrypted) return { status: status(), recoveryKey }
        await holder.close()
        try {
          await holder.convert(on, key, jobId)
        } catch (error) {
          // A keyring made for this switch, whose recovery key nobody saw, goes with it when the
          // file stayed plain (cancelled, or failed before the swap): the shop is as it was.
          if (madeNow && isDataFileEncrypted(dataDir) === false) rmSync(keyringPath(dataDir), { force: true })
          throw error
        } finally {
          holder.open(isDataFileEncrypted(dataDir) ? key : undefined)
        }
        return { status: status(), recoveryKey }
      }),
    'security.changePassphrase': async ({ current, next }) => {
      assertPassphraseStrength(next)
      await resetPassphrase(dataDir, await ownerKey(current), next, keyring)
      return status()
    },
    'security.resetPassphrase': async ({ next }) => {
      if (!recoveredKey || !holder.isOpen()) throw new AppError('security_not_recovered')
      await resetPassphrase(dataDir, recoveredKey, next, keyring)
      recoveredKey = null
      return status()
    },
    'security.newRecoveryKey': async ({ passphrase }) => {
      const recoveryKey = replaceRecoveryKey(dataDir, await ownerKey(passphrase))
      return { status: status(), recoveryKey }
    },
  }
}
