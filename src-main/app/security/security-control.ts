import { existsSync, rmSync } from 'node:fs'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { SecurityStatus } from '../../../src-shared/ipc/channels/security'
import { dataFilePath } from '../../db'
import type { DataKey } from '../../db/cipher'
import type { SecurityControl } from '../../ipc/context'
import { isDataFileEncrypted } from '../../trust/encryption/encryption-switch'
import {
  changePassphrase,
  hasKeyring,
  keyringInKeychain,
  keyringPath,
  MIN_PASSPHRASE_LENGTH,
  replaceRecoveryKey,
  setPassphrase,
  syncKeychain,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  type KeyringOptions,
} from '../../trust/keyring'

/** What the control needs of the host: whether a backend serves, and opening / closing one. */
export interface KeyHolder {
  dataDir: string
  keyring: KeyringOptions
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

export function securityStatus(holder: KeyHolder): SecurityStatus {
  const { dataDir } = holder
  return {
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
  const status = (): SecurityStatus => securityStatus(holder)
  const ownerKey = async (passphrase: string): Promise<DataKey> => {
    if (!hasKeyring(dataDir)) throw new AppError('keyring_missing')
    const key = await unlockWithPassphrase(dataDir, passphrase)
    if (!key) throw new AppError('passphrase_wrong')
    return key
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
        const byPassphrase = 'passphrase' in input
        const key = byPassphrase
          ? await unlockWithPassphrase(dataDir, input.passphrase)
          : unlockWithRecoveryKey(dataDir, input.recoveryKey)
        if (!key) throw new AppError(byPassphrase ? 'passphrase_wrong' : 'recovery_key_wrong')
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
      if (!hasKeyring(dataDir)) throw new AppError('keyring_missing')
      await changePassphrase(dataDir, current, next, keyring)
      return status()
    },
    'security.newRecoveryKey': async ({ passphrase }) => {
      const recoveryKey = replaceRecoveryKey(dataDir, await ownerKey(passphrase))
      return { status: status(), recoveryKey }
    },
  }
}
