import type Database from 'better-sqlite3'
import type { EventName, EventPayload } from '../../src-shared/ipc'
import type { Locale } from '../../src-shared/i18n'
import { dataFilePath, openDatabase } from '../db'
import type { DataKey } from '../db/cipher'
import { waitBriefly } from '../db/one-writer'
import { checkedBeforeOpen, watchIntegrity, type IntegrityMonitor } from '../db/integrity/integrity-monitor'
import type { Clock } from '../ipc/clock'
import type { Dialogs, HandlerContext, Printer } from '../ipc/context'
import type { Dispatch } from '../ipc/registrar'
import { createWorkerHost, type WorkerHostOptions } from '../workers/worker-host'
import { backupService } from '../trust/backups/backup-service'
import { migrationBackupFolder } from '../trust/backups/backup-settings'
import { trashKeeper } from '../customers/trash-keeper'
import { reminderClock } from '../tasks/reminders/reminder-clock'
import { createAppDispatcher } from './app-dispatcher'
import { closeContext, createContext } from './create-context'
import { prepareNewDatabase } from './prepare-new-database'
import { checkIntegrity } from './workers/check-integrity'

export interface BootOptions {
  dataDir: string
  platform: HandlerContext['platform']
  osLocale: Locale
  dialogs: Dialogs
  /** Prints the window to PDF (Electron); none by default. */
  printer?: Printer
  emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  nativeBinding?: string
  /**
   * The data key (unlocked by src-main/trust/encryption before booting): an encrypted file is
   * opened with it, a new file is created encrypted. Absent: a plain file.
   */
  dataKey?: DataKey
  /**
   * Where long work runs: the bundled workers in the built app; on this thread (after the
   * first page) under vitest, and for tools run from sources (the bench) that say `inline`.
   */
  workerMode?: WorkerHostOptions['mode']
  /** Where the built worker files are, when not in the app's own bundle (tests of the build). */
  workerEntryPath?: WorkerHostOptions['entryPath']
  /**
   * Deliver task reminders from this backend (the app window and the harness). Off for tools and
   * tests: a reminder is recorded as delivered when it fires, so a backend with no one to show
   * it to must not take it.
   */
  reminders?: boolean
  /** Automatic backups (every few hours, and on close): the app and the harness; off for tools and tests. */
  backups?: boolean
  /** Now and the local zone; default the system's (the harness's test hooks move it). */
  clock?: Clock
  /** Another file than the owner's `<dataDir>/kehu.sqlite` (the demo shop), with its own backups folder. */
  file?: { path: string; backupDir: string }
  /** Which shop the file is, and the switch between shops (app/shop/shop-host.ts). */
  shop?: HandlerContext['shop']
  shops?: HandlerContext['shops']
  /** Encryption and passphrase, from the host that holds the key (app/security/secure-host.ts). */
  security?: HandlerContext['security']
  /** The app's lock; the shop host passes its one lock to every backend it boots. */
  lock?: HandlerContext['lock']
}

export interface Backend {
  db: Database.Database
  ctx: HandlerContext
  dispatch: Dispatch
  integrity: IntegrityMonitor
  /** The computer woke from sleep: time-driven work catches up (reminders missed meanwhile, as one digest). */
  resumed(): void
  /** Stops every worker (integrity check, jobs, analytics) and closes the connection. */
  close(): Promise<void>
}

/**
 * Opens (or creates) the data file and wires the one registrar. Shared by the Electron main
 * process and the browser harness so both serve the exact same handlers. Throws the db
 * layer's `AppError` (db_empty, db_corrupt, db_newer …) for the caller to show; the file is
 * then untouched.
 */
export function bootBackend(options: BootOptions): Backend {
  const dataFile = options.file?.path ?? dataFilePath(options.dataDir)
  const { db, file, integrityDeferred, encrypted } = openDatabase(dataFile, {
    create: true,
    key: options.dataKey,
    backupDir: migrationBackupFolder(dataFile, options.file?.backupDir),
    nativeBinding: options.nativeBinding,
    // Part of creating the file: a crash here leaves no half-prepared data file behind.
    onCreate: (newDb) => prepareNewDatabase(newDb, options.osLocale),
    // quick_check reads the whole file (~0.4 s at 100,000 customers): off the start path.
    integrity: 'deferred',
  })
  // The main thread must never wait long for another process's lock (db/one-writer.ts).
  waitBriefly(db)
  const dataKey = encrypted ? options.dataKey : undefined
  const workers = createWorkerHost({ dataFile: file, db, dataKey, mode: options.workerMode, entryPath: options.workerEntryPath })
  const integrity = integrityDeferred
    ? watchIntegrity(
        db,
        checkIntegrity(workers, { file, nativeBinding: options.nativeBinding, key: dataKey?.toString('hex') }),
        (state) => options.emit?.('app.integrity', state),
      )
    : checkedBeforeOpen()
  const ctx = createContext({
    ...options,
    db,
    dataFile: file,
    backupDir: options.file?.backupDir,
    integrity: integrity.current,
    workers,
  })
  const dispatch = createAppDispatcher(ctx)
  ctx.services.get(trashKeeper).start()
  if (options.reminders) ctx.services.get(reminderClock).start()
  if (options.backups) ctx.services.get(backupService).start()
  return {
    db,
    ctx,
    dispatch,
    integrity,
    resumed: () => ctx.services.get(reminderClock).resumed(),
    close: async () => {
      await Promise.all([integrity.close(), closeContext(ctx)])
      if (db.open) db.close()
    },
  }
}
