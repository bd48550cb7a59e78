import type Database from 'better-sqlite3'
import type { EventName, EventPayload } from '../../src-shared/ipc'
import type { Locale } from '../../src-shared/i18n'
import { dataFilePath, openDatabase } from '../db'
import type { Dialogs, HandlerContext } from '../ipc/context'
import { handlers } from '../ipc/handlers'
import { createDispatcher, type Dispatch } from '../ipc/registrar'
import { readSettings } from '../settings/settings-store'
import { createContext } from './create-context'
import { prepareNewDatabase } from './prepare-new-database'

export interface BootOptions {
  dataDir: string
  platform: HandlerContext['platform']
  osLocale: Locale
  dialogs: Dialogs
  emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  nativeBinding?: string
}

export interface Backend {
  db: Database.Database
  ctx: HandlerContext
  dispatch: Dispatch
  close(): void
}

/**
 * Opens (or creates) the data file and wires the one registrar. Shared by the Electron main
 * process and the browser harness so both serve the exact same handlers. Throws the db
 * layer's `AppError` (db_empty, db_corrupt, db_newer …) for the caller to show; the file is
 * then untouched.
 */
export function bootBackend(options: BootOptions): Backend {
  const { db, file } = openDatabase(dataFilePath(options.dataDir), {
    create: true,
    nativeBinding: options.nativeBinding,
    // Part of creating the file: a crash here leaves no half-prepared data file behind.
    onCreate: (newDb) => prepareNewDatabase(newDb, options.osLocale),
  })
  const ctx = createContext({ ...options, db, dataFile: file })
  const dispatch = createDispatcher(handlers, ctx)
  return {
    db,
    ctx,
    dispatch,
    close: () => {
      if (db.open) db.close()
    },
  }
}

/** The UI language stored in an open database, for messages shown before the window. */
export const storedLocale = (db: Database.Database, osLocale: Locale): Locale => readSettings(db, osLocale).locale
