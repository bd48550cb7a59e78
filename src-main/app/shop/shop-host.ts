import { existsSync } from 'node:fs'
import type { ChannelName } from '../../../src-shared/ipc'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { ShopKind } from '../../../src-shared/ipc/channels/app'
import { systemClock } from '../../ipc/clock'
import type { ShopSwitch } from '../../ipc/context'
import type { Dispatch } from '../../ipc/registrar'
import { readSettings } from '../../settings/settings-store'
import type { IdleSource } from '../../trust/lock/idle-source'
import { createLockKeeper, type LockKeeper } from '../../trust/lock/lock-keeper'
import { bootBackend, type Backend, type BootOptions } from '../boot'
import { createCallsInFlight } from './calls-in-flight'
import { demoDialogs } from './demo-dialogs'
import { demoBackupsDir, demoShopFile } from './demo-files'
import { demoShopTable } from '../workers/demo-shop-table'

/** The backend of whichever shop is open, behind one dispatch that survives a switch. */
export interface ShopHost {
  dispatch: Dispatch
  /** The backend serving now (it changes on a switch: never keep it). */
  current(): Backend
  resumed(): void
  close(): Promise<void>
}

/**
 * Serves the owner's shop, and switches to the demo shop and back on request: the next file is
 * opened first (a refused file leaves the current one serving), then the current one is closed
 * cleanly once the calls it was answering have ended — its workers, caches and per-backend
 * services with it. Calls that arrive during a
 * switch wait for it and go to the new file. The app always starts on the owner's shop. The
 * demo delivers no reminders (a notification outside the window could not say it is practice).
 */
const SWITCH_CHANNELS = new Set<string>(['app.openDemoShop', 'app.openOwnShop', 'backups.restore'] satisfies ChannelName[])

export interface ShopHostOptions extends BootOptions {
  /** Idle time and the OS's lock/sleep, for the app lock (Electron's powerMonitor, the harness's). */
  idle?: IdleSource
  /**
   * The app's one lock when this host is one of several over the process's life (the secure
   * host makes a new one around an encryption switch): that one keeps its state and its owner
   * closes it. Absent: the host keeps its own.
   */
  lockKeeper?: LockKeeper
}

export function createShopHost({ idle, lockKeeper: shared, ...given }: ShopHostOptions): ShopHost {
  // One lock for the app, whichever shop it serves: a switch never unlocks.
  const lockKeeper =
    shared ??
    createLockKeeper({
      dataDir: given.dataDir,
      clock: given.clock ?? systemClock,
      idle,
      emit: given.emit,
      locale: () => backend.ctx.locale(),
    })
  const options: BootOptions = { ...given, emit: lockKeeper.emit, lock: lockKeeper.lock }
  const demoFile = demoShopFile(options.dataDir)
  const shops: ShopSwitch = {
    open: (shop, { reset = false } = {}) => queue(() => switchTo(shop, reset)),
    reopen: (work) => queue(() => reopen(work)),
  }
  const boot = (shop: ShopKind): Backend =>
    shop === 'own'
      ? bootBackend({ ...options, shop, shops })
      : bootBackend({
          ...options,
          shop,
          shops,
          file: { path: demoFile, backupDir: demoBackupsDir(options.dataDir) },
          dialogs: demoDialogs(options.dialogs),
          reminders: false,
          backups: false,
        })
  let backend = boot('own')
  let switching: Promise<unknown> = Promise.resolve()
  const inFlight = createCallsInFlight<Backend>()

  function queue(work: () => Promise<void>): Promise<void> {
    const done = switching.then(work)
    switching = done.catch(() => undefined)
    return done
  }
  async function replace(shop: ShopKind): Promise<void> {
    const next = boot(shop)
    const previous = backend
    backend = next
    await inFlight.settled(previous)
    await previous.close()
  }
  /** The same file closed, worked on (a restore's swap) and opened again; it reopens even if the work failed. */
  async function reopen(work: () => void): Promise<void> {
    if (!backend.ctx.jobs.isIdle()) throw new AppError('shop_switch_busy')
    const previous = backend
    await inFlight.settled(previous)
    await previous.close()
    try {
      work()
    } finally {
      backend = boot(previous.ctx.shop)
    }
  }
  async function switchTo(shop: ShopKind, reset: boolean): Promise<void> {
    // Closing the file would cut a running import, export or undo short.
    if (!backend.ctx.jobs.isIdle()) throw new AppError('shop_switch_busy')
    if (shop === 'own') {
      if (backend.ctx.shop !== 'own') await replace('own')
      return
    }
    if (reset && backend.ctx.shop === 'demo') await replace('own')
    if (reset || !existsSync(demoFile)) await makeDemo()
    if (backend.ctx.shop !== 'demo') await replace('demo')
  }

  /** In a worker of the backend serving now, in the owner's language and theme of the moment. */
  async function makeDemo(): Promise<void> {
    const { locale, theme } = readSettings(backend.ctx.db, options.osLocale)
    const runner = backend.ctx.workers.runner(demoShopTable, () => import('../workers/demo-shop-worker-path'))
    try {
      await runner.start('make', { dataDir: options.dataDir, look: { locale, theme }, nativeBinding: options.nativeBinding })
        .result
    } finally {
      await runner.close()
    }
  }

  return {
    dispatch: async (channel, raw) => {
      await switching
      const serving = backend
      // A switch's own call ends only after its backend closes: waiting for it would never end.
      if (SWITCH_CHANNELS.has(channel)) return serving.dispatch(channel, raw)
      return inFlight.track(serving, serving.dispatch(channel, raw))
    },
    current: () => backend,
    resumed: () => backend.resumed(),
    close: async () => {
      if (!shared) lockKeeper.close()
      await switching
      await backend.close()
    },
  }
}
