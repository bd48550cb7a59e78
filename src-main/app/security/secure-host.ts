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
import { backupService } from '../../trust/backups/backup-service'
import { startConversion } from '../../trust/encryption/run-conversion'
import type { Locale } from '../../../src-shared/i18n'
import { gateDispatch, limitedDispatch } from './gate-dispatch'
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
  // While the data file is converted no backend exists: this answers instead (see `dispatch`).
  let converting: Dispatch | null = null
  let cancelConversion: (() => boolean) | null = null
  let locale: Locale = options.osLocale
  // Calls that came while the switch was starting (the passphrase's scrypt, closing the backend)
  // wait for it; once the conversion runs they are answered (refused) then, not tens of seconds
  // later — in a browser each waiting call holds one of the six connections, Cancel's too.
  let conversionBegan: () => void = () => undefined
  let conversionBegins = new Promise<void>((resolve) => (conversionBegan = resolve))
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
    keyring: { keychain: options.keychain, scrypt: options.scrypt },
    now: () => clock.now(),
    isOpen: () => shops !== null,
    open: (key?: DataKey) => void (shops = createShopHost({ ...options, dataKey: key, security: control, lockKeeper })),
    ownerProved: () => lockKeeper.lock.unlock(),
    close: async () => {
      if (!shops) return
      if (!shops.current().ctx.jobs.isIdle()) throw new AppError('security_busy')
      locale = shops.current().ctx.locale()
      // Not a quit: the original stays untouched until a checked copy replaces it, and a plain
      // copy made now would only be encrypted again after the swap (12 s more at 600 MB).
      shops.current().ctx.services.get(backupService).skipBackupOnClose()
      const closing = shops
      shops = null
      await closing.close()
    },
    convert: async (on, key, jobId) => {
      const run = startConversion({
        dataDir,
        on,
        key,
        jobId,
        progress: (payload) => options.emit?.('job.progress', payload),
        mode: options.workerMode,
        entryPath: options.workerEntryPath,
      })
      // Only this conversion's Cancel answers; every other call is refused in words at once
      // rather than left waiting for tens of seconds behind it.
      converting = limitedDispatch(
        { 'jobs.cancel': async ({ jobId: asked }: { jobId: string }) => ({ cancelled: asked === jobId && run.cancel() }) },
        'security_converting',
        () => locale,
      )
      cancelConversion = run.cancel
      conversionBegan()
      conversionBegins = new Promise<void>((resolve) => (conversionBegan = resolve))
      try {
        await run.result
      } finally {
        converting = null
        cancelConversion = null
      }
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
      if (!converting) await Promise.race([switching, conversionBegins])
      if (converting) return converting(channel, raw)
      return shops ? shops.dispatch(channel, raw) : gate(channel, raw)
    },
    current: () => shops?.current() ?? null,
    resumed: () => shops?.resumed(),
    close: async () => {
      // Quitting mid-switch cancels it (before the swap), rather than waiting out a 460 MB file.
      cancelConversion?.()
      await switching
      await shops?.close()
      shops = null
      lockKeeper.close()
    },
  }
}
