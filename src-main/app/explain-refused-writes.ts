import Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import { isReadOnlyFor } from '../db/one-writer'
import type { HandlerContext } from '../ipc/context'
import type { Handlers } from '../ipc/handler'

type AnyHandler = (input: unknown, ctx: HandlerContext) => unknown

/**
 * The main connection is `query_only` while its file is damaged (db/integrity/integrity-monitor.ts)
 * and while a writing job holds the lock (db/one-writer.ts): any write then fails inside SQLite
 * before it changes a byte, and its transaction rolls back. This wrapper says why, in the UI
 * language: `db_corrupt` (restore a backup) or `job_busy` (wait for the import) — never an
 * "internal error", and never a wait. Reads are untouched. Wrapping every handler (rather than
 * listing the writing ones) means a new channel cannot forget it.
 */
export function explainRefusedWrites(handlers: Handlers): Handlers {
  const wrap =
    (handler: AnyHandler): AnyHandler =>
    async (input, ctx) => {
      // A job may start or end while the handler runs: either moment explains the refusal.
      const jobBefore = isReadOnlyFor(ctx.db, 'writing-job')
      try {
        return await handler(input, ctx)
      } catch (error) {
        if (!isReadonlyError(error)) throw error
        const state = ctx.integrity()
        if (state.status === 'corrupt') throw new AppError('db_corrupt', { file: ctx.dataFile, detail: state.detail ?? '' })
        if (jobBefore || isReadOnlyFor(ctx.db, 'writing-job')) throw new AppError('job_busy')
        throw error
      }
    }
  const entries = Object.entries(handlers as Record<string, AnyHandler>).map(([channel, h]) => [channel, wrap(h)])
  return Object.fromEntries(entries) as Handlers
}

function isReadonlyError(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_READONLY')
}
