import type Database from 'better-sqlite3'
import type { AppInfo, ChannelOutput, EventName, EventPayload, ParsedInput } from '../../src-shared/ipc'
import type { SecurityChannel } from '../../src-shared/ipc/channels/security'
import type { IntegrityState, ShopKind } from '../../src-shared/ipc/channels/app'
import type { Locale } from '../../src-shared/i18n'
import type { JobService } from '../workers/job-service'
import type { WorkerHost } from '../workers/worker-host'
import type { AppLock } from './app-lock'
import type { Clock } from './clock'

/**
 * What every handler gets besides its input. Handlers know nothing of Electron or HTTP, so
 * tests, the browser harness and the CLI call them the same way.
 */
export interface HandlerContext {
  db: Database.Database
  /** Absolute path of the open SQLite file (for backups and the About box). */
  dataFile: string
  /** Kehu's own backups folder for this file (pre-migration copies; the default for backups). */
  backupDir: string
  platform: AppInfo['platform']
  /** The OS language, used until the user picks one in Settings. */
  osLocale: Locale
  /** The UI language, from settings, falling back to the OS locale. */
  locale(): Locale
  /**
   * File dialogs live in the main process: the renderer never sends a path, it gets back what
   * the user picked (Electron's dialog; in the browser harness, a path the test queued).
   */
  dialogs: Dialogs
  /** Prints the app window to PDF (Electron's `printToPDF`; the harness's test hooks stand in for it). */
  printer: Printer
  /** The data file's integrity check (it may still be running after the first page). */
  integrity(): IntegrityState
  /** Tells the renderer(s) about changes and progress. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void
  /** Where long work runs (worker threads in the app); closing the backend stops them all. */
  workers: WorkerHost
  /** Jobs the user starts and can cancel (imports, exports), over the jobs worker. */
  jobs: JobService
  /** The domains' per-backend services (caches, runners, picked files), made on first use. */
  services: BackendServices
  /** Now and the local time zone, for time-driven work (reminders, Today); injectable. */
  clock: Clock
  /** Which shop this backend serves: the owner's data file or the demo shop beside it. */
  shop: ShopKind
  /** Switches the file the app serves (app/shop/); absent where nothing can switch (CLI, tests). */
  shops?: ShopSwitch
  /** Encryption and passphrase (app/security/secure-host.ts); absent where nothing can re-open the file (CLI, tests). */
  security?: SecurityControl
  /** The app lock (one per app process, shared by the shops it switches between). */
  lock: AppLock
}

/** One function per `security.*` channel, served by the host that owns the data file and its key. */
export type SecurityControl = {
  [C in SecurityChannel]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>>
}

export interface ShopSwitch {
  /** Opens `shop` in place of the one open now; `reset` remakes the demo first. Resolves once it serves. */
  open(shop: ShopKind, options?: { reset?: boolean }): Promise<void>
  /** Closes the backend, runs `work` on the closed file (a restore's swap), then opens the file again. */
  reopen(work: () => void): Promise<void>
}

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface Dialogs {
  openFile(options: { title?: string; filters?: FileFilter[] }): Promise<string | null>
  saveFile(options: { title?: string; defaultName: string; filters?: FileFilter[] }): Promise<string | null>
  chooseFolder(options: { title?: string }): Promise<string | null>
}

/** Prints the window as its print stylesheet lays it out (A4) to PDF bytes. */
export interface Printer {
  /** False where nothing can print in the main process (the harness for a person: the browser prints). */
  readonly available: boolean
  /** The PDF, or null when the window is gone. */
  printToPdf(): Promise<Uint8Array | null>
}

/**
 * A per-backend service a domain owns — a cache, a worker runner, picked files — declared
 * once by the domain (`defineService`) and reached as `ctx.services.get(key)`. Made on first
 * use, one per backend (per open data file), closed with it. The kernel never learns the
 * domains' types: each key carries its own.
 */
export interface ServiceKey<S> {
  /** For messages. */
  readonly name: string
  readonly create: (ctx: HandlerContext) => S
}

export interface BackendServices {
  get<S>(key: ServiceKey<S>): S
  /** Closes every service made so far that has `close()`, newest first; `get` then refuses. */
  close(): Promise<void>
}
