import type Database from 'better-sqlite3'
import { createContext } from '../../src-main/app/create-context'
import { openDatabase } from '../../src-main/db'
import { queuedDialogs } from '../../src-main/harness/queued-dialogs'
import type { Clock } from '../../src-main/ipc/clock'
import type { HandlerContext } from '../../src-main/ipc/context'
import { createAppDispatcher } from '../../src-main/app/app-dispatcher'
import type { Dispatch } from '../../src-main/ipc/registrar'
import type { EventName, EventPayload } from '../../src-shared/ipc'
import type { Locale } from '../../src-shared/i18n'
import { makeTempDir } from './temp-dir'

export interface TestBackend {
  db: Database.Database
  ctx: HandlerContext
  dispatch: Dispatch
  /** Events the handlers emitted, in order. */
  events: { event: EventName; payload: unknown }[]
  /** The file dialogs: each answers what the test queued (a path, or null for Cancel), else Cancel. */
  dialogs: ReturnType<typeof queuedDialogs>
  dir: string
  close(): void
}

/**
 * A fresh, fully migrated data file in a temp folder with the real registrar and handlers —
 * the same wiring the app uses, minus Electron. `dir` reopens a file a previous backend left
 * (a restart); `clock` moves time for time-driven work.
 */
export function openTestBackend(options: { osLocale?: Locale; clock?: Clock; dir?: string } = {}): TestBackend {
  const temp = options.dir === undefined ? makeTempDir('kehu-db-') : undefined
  const dir = options.dir ?? temp!.dir
  const { db, file } = openDatabase(`${dir}/kehu.sqlite`, { create: true })
  const events: TestBackend['events'] = []
  const dialogs = queuedDialogs()
  const ctx = createContext({
    db,
    dataFile: file,
    platform: 'cli',
    osLocale: options.osLocale ?? 'en',
    dialogs,
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void events.push({ event, payload }),
    clock: options.clock,
  })
  return {
    db,
    ctx,
    dispatch: createAppDispatcher(ctx, () => undefined),
    events,
    dialogs,
    dir,
    close: () => {
      db.close()
      temp?.cleanup()
    },
  }
}
