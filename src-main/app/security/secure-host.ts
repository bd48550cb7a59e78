import { existsSync } from 'node:fs'
import { dataFilePath } from '../../db'
import type { DataKey } from '../../db/cipher'
import type { Dispatch } from '../../ipc/registrar'
import { isDataFileEncrypted } from '../../trust/encryption/encryption-switch'
import { hasKeyring, unlockWithKeychain, type Keychain, type KeyringOptions } from '../../trust/keyring'
import { AppError } from '../../../src-shared/ipc/app-error'
import { systemClock } from '../../ipc/clock'
import { createLockKeeper } from '../../trust/lock/lock-keeper'
import type { Backend } from '../boot'
import { createShopHost, type ShopHost, type ShopHostOptions } from '../shop/shop-host'
import { gateDispatch } from './gate-dispatch'
import { securityControl, type KeyHolder } from './security-control'

export interface SecureHostOptions extends ShopHostOptions {
  /** The OS keychain (Electron `safeStorage`; the harness's test keychain). None: passphrase only. */
  keychain?: Keychain
  /**
   * No data file yet: `ask` (the app's default — the first-run screen chooses, suggesting
   * encryption) or `plain` (a plain file at once, as before encryption existed: tools, tests).
   */
  firstRun?: 'ask' | 'plain'
  /** scrypt cost for new passphrases; the memory-hard default unless a test says otherwise. */
  scrypt?: KeyringOptions['scrypt']
}

/** The shop host behind the data key: absent (`current()` null) until the file is chosen or unlocked. */
export interface SecureHost {
  dispatch: Dispatch
  current(): Backend | null
  resumed(): void
  close(): Promise<void>
}

/**
 * Serves the shops once their file can be opened: at once for a plain file or a key the OS
 * keychain gives back; after `security.setup` (first run) or `security.unlock` otherwise. Until
 * then only the gate channels answer. The key lives in this closure and the backends' workers.
 */
export function createSecureHost(options: SecureHostOptions): SecureHost {
  const { dataDir } = options
  let shops: ShopHost | null = null
  let switching: Promise<unknown> = Promise.resolve()
  // The app lock outlives the shop hosts an encryption switch makes and unmakes: a switch never locks.
  const clock = options.clock ?? systemClock
  const lockKeeper = createLockKeeper({
    dataDir,
    clock,
    idle: options.idle,
    emit: options.emit,
    locale: () => shops?.current().ctx.locale() ?? options.osLocale,
  })
  const holder: KeyHolder = {
    dataDir,
    nativeBinding: options.nativeBinding,
    keyring: { keychain: options.keychain, scrypt: options.scrypt },
    now: () => clock.now(),
    isOpen: () => shops !== null,
    open: (key?: DataKey) => void (shops = createShopHost({ ...options, dataKey: key, security: control, lockKeeper })),
    ownerProved: () => lockKeeper.lock.unlock(),
    close: async () => {
      if (!shops) return
      if (!shops.current().ctx.jobs.isIdle()) throw new AppError('security_busy')
      const closing = shops
      shops = null
      await closing.close()
    },
    exclusive: <T>(work: () => Promise<T>): Promise<T> => {
      const done = switching.then(work)
      switching = done.catch(() => undefined)
      return done
    },
  }
  const control = securityControl(holder)
  const gate = gateDispatch(control, () => options.osLocale)

  if (!existsSync(dataFilePath(dataDir))) {
    if (options.firstRun !== 'ask') holder.open(undefined)
  } else if (isDataFileEncrypted(dataDir) && hasKeyring(dataDir)) {
    const key = unlockWithKeychain(dataDir, options.keychain)
    if (key) holder.open(key)
  } else {
    // Plain — or not a Kehu file at all, with no keyring to suggest encryption: opening reports it.
    holder.open(undefined)
  }

  return {
    dispatch: async (channel, raw) => {
      await switching
      return shops ? shops.dispatch(channel, raw) : gate(channel, raw)
    },
    current: () => shops?.current() ?? null,
    resumed: () => shops?.resumed(),
    close: async () => {
      await switching
      await shops?.close()
      shops = null
      lockKeeper.close()
    },
  }
}
