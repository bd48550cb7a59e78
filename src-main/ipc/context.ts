import type Database from 'better-sqlite3'
import type { AppInfo, EventName, EventPayload } from '../../src-shared/ipc'
import type { Locale } from '../../src-shared/i18n'

/**
 * What every handler gets besides its input. Handlers know nothing of Electron or HTTP, so
 * tests, the browser harness and the CLI call them the same way.
 */
export interface HandlerContext {
  db: Database.Database
  /** Absolute path of the open SQLite file (for backups and the About box). */
  dataFile: string
  platform: AppInfo['platform']
  /** The UI language, from settings, falling back to the OS locale. */
  locale(): Locale
  /** Tells the renderer(s) about changes and progress. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void
}
