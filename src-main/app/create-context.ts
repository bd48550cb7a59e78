import { dirname, join } from 'node:path'
import type Database from 'better-sqlite3'
import type { EventName, EventPayload } from '../../src-shared/ipc'
import type { Locale } from '../../src-shared/i18n'
import type { IntegrityState, ShopKind } from '../../src-shared/ipc/channels/app'
import { BACKUPS_DIR_NAME } from '../db/data-dir'
import { holdReadOnly, releaseReadOnly } from '../db/one-writer'
import { createAppLock, type AppLock } from '../ipc/app-lock'
import { createBackendServices } from '../ipc/backend-services'
import { systemClock, type Clock } from '../ipc/clock'
import type { Dialogs, HandlerContext, Printer, SecurityControl, ShopSwitch } from '../ipc/context'
import { readSettings } from '../settings/settings-store'
import { createJobService } from '../workers/job-service'
import { createWorkerHost, type WorkerHost } from '../workers/worker-host'
import { jobTable } from './workers/job-table'

export interface ContextOptions {
  db: Database.Database
  dataFile: string
  /** Defaults to `<folder of the data file>/backups`. */
  backupDir?: string
  platform: HandlerContext['platform']
  osLocale: Locale
  dialogs: Dialogs
  /** Defaults to none (tools, tests): printing is refused as unavailable. */
  printer?: Printer
  emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  /** Defaults to checked and sound: every open but the app's checks the file first. */
  integrity?: () => IntegrityState
  /** Defaults to the mode of the runtime (worker threads in the build, inline under vitest). */
  workers?: WorkerHost
  /** Defaults to the system clock; tests and the harness's test hooks move time with their own. */
  clock?: Clock
  /** Defaults to the owner's shop. */
  shop?: ShopKind
  /** Given by a transport that can switch shops (the app, the harness). */
  shops?: ShopSwitch
  /** Given by the host that holds the data key (app/security/secure-host.ts). */
  security?: SecurityControl
  /** Defaults to a lock of its own, open (tools, tests). */
  lock?: AppLock
}

const CHECKED: IntegrityState = { status: 'ok' }

/**
 * Builds the handler context every transport (Electron, harness, CLI, tests) shares, with its
 * per-backend services; `closeContext` releases them.
 */
export function createContext(options: ContextOptions): HandlerContext {
  const { db, dataFile, osLocale } = options
  const workers = options.workers ?? createWorkerHost({ dataFile, db })
  const ctx: HandlerContext = {
    db,
    dataFile,
    backupDir: options.backupDir ?? join(dirname(dataFile), BACKUPS_DIR_NAME),
    platform: options.platform,
    osLocale,
    dialogs: options.dialogs,
    printer: options.printer ?? noPrinter,
    locale: () => readSettings(db, osLocale).locale,
    integrity: options.integrity ?? (() => CHECKED),
    emit: options.emit ?? (() => undefined),
    workers,
    // Progress goes through `ctx.emit` as it is when the job reports, not as it was here.
    jobs: createJobService(
      workers.runner(jobTable, () => import('./workers/jobs-worker-path')),
      (payload) => ctx.emit('job.progress', payload),
      (writing) => (writing ? holdReadOnly(db, 'writing-job') : releaseReadOnly(db, 'writing-job')),
    ),
    services: createBackendServices(() => ctx),
    clock: options.clock ?? systemClock,
    shop: options.shop ?? 'own',
    shops: options.shops,
    security: options.security,
    lock: options.lock ?? createAppLock(),
  }
  return ctx
}

/** Closes the domains' services, then stops every worker (pending tasks fail). */
export async function closeContext(ctx: HandlerContext): Promise<void> {
  await ctx.services.close()
  await ctx.workers.close()
}

/** For transports without dialogs (CLI): every dialog is cancelled. */
export const noDialogs: Dialogs = {
  openFile: async () => null,
  saveFile: async () => null,
  chooseFolder: async () => null,
}

/** For transports that cannot print a window (CLI, tests, the harness for a person). */
export const noPrinter: Printer = { available: false, printToPdf: async () => null }
