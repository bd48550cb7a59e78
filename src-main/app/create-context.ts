import type Database from 'better-sqlite3'
import type { EventName, EventPayload } from '../../src-shared/ipc'
import type { Locale } from '../../src-shared/i18n'
import type { IntegrityState } from '../../src-shared/ipc/channels/app'
import type { Dialogs, HandlerContext } from '../ipc/context'
import { readSettings } from '../settings/settings-store'

export interface ContextOptions {
  db: Database.Database
  dataFile: string
  platform: HandlerContext['platform']
  osLocale: Locale
  dialogs: Dialogs
  emit?: <E extends EventName>(event: E, payload: EventPayload<E>) => void
  /** Defaults to checked and sound: every open but the app's checks the file first. */
  integrity?: () => IntegrityState
}

const CHECKED: IntegrityState = { status: 'ok' }

/** Builds the handler context every transport (Electron, harness, CLI, tests) shares. */
export function createContext(options: ContextOptions): HandlerContext {
  const { db, osLocale } = options
  return {
    db,
    dataFile: options.dataFile,
    platform: options.platform,
    osLocale,
    dialogs: options.dialogs,
    locale: () => readSettings(db, osLocale).locale,
    integrity: options.integrity ?? (() => CHECKED),
    emit: options.emit ?? (() => undefined),
  }
}

/** For transports without dialogs (CLI): every dialog is cancelled. */
export const noDialogs: Dialogs = {
  openFile: async () => null,
  saveFile: async () => null,
  chooseFolder: async () => null,
}
