import type Database from 'better-sqlite3'
import type { IntegrityState } from '../../../src-shared/ipc/channels/app'
import { holdReadOnly } from '../one-writer'
import type { IntegrityResult } from './check-file'

/** A check running somewhere (a worker in the app): its result, and a way to stop it early. */
export interface IntegrityRun {
  result: Promise<IntegrityResult>
  cancel(): Promise<void>
}

/** The state of the open file's integrity check, for `app.info` and the write guard. */
export interface IntegrityMonitor {
  current(): IntegrityState
  /** Resolves once the check has finished (at once for a file checked before opening). */
  settled: Promise<IntegrityState>
  /** Stops a check still running (closing the app). */
  close(): Promise<void>
}

/** For a file whose quick_check ran before it was opened (a migration, or the CLI). */
export function checkedBeforeOpen(): IntegrityMonitor {
  const state: IntegrityState = { status: 'ok' }
  return { current: () => state, settled: Promise.resolve(state), close: async () => undefined }
}

/**
 * Follows a deferred check of `db`'s file. A damaged file turns the connection read-only
 * (`PRAGMA query_only`): every later write, whichever handler or job on this connection makes
 * it, fails before touching the file, and reads keep working so the owner can still look
 * things up (and export) while restoring a backup. A check that could not run at all counts
 * as damaged too: writing to a file nobody could verify is the risk this check exists to avoid.
 */
export function watchIntegrity(
  db: Database.Database,
  run: IntegrityRun,
  onSettled: (state: IntegrityState) => void,
): IntegrityMonitor {
  let state: IntegrityState = { status: 'checking' }
  let closing = false
  const settled = run.result
    // Stopped because the file is being closed (a shop switch, a restore, the encryption switch):
    // that says nothing about the file, and telling the window "damaged" would be false.
    .catch((error: unknown) =>
      closing ? null : { status: 'corrupt' as const, detail: error instanceof Error ? error.message : String(error) },
    )
    .then((result) => {
      if (result === null) return state
      state = result
      if (result.status === 'corrupt') holdReadOnly(db, 'damaged')
      onSettled(state)
      return state
    })
  return {
    current: () => state,
    settled,
    close: () => {
      closing = true
      return run.cancel()
    },
  }
}
