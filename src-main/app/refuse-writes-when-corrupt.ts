import Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import type { HandlerContext } from '../ipc/context'
import type { Handlers } from '../ipc/handler'

type AnyHandler = (input: unknown, ctx: HandlerContext) => unknown

/**
 * Once the background check has found the file damaged, the connection is `query_only`
 * (src-main/db/integrity/integrity-monitor.ts), so any write fails inside SQLite before it
 * changes a byte, and its transaction rolls back. This wrapper turns that failure into the
 * translated `db_corrupt` message (restore a backup) instead of an "internal error". Reads
 * are untouched. Wrapping every handler (rather than listing the writing ones) means a new
 * channel cannot forget it.
 */
export function refuseWritesWhenCorrupt(handlers: Handlers): Handlers {
  const wrap =
    (handler: AnyHandler): AnyHandler =>
    async (input, ctx) => {
      try {
        return await handler(input, ctx)
      } catch (error) {
        const state = ctx.integrity()
        if (state.status !== 'corrupt' || !isReadonlyError(error)) throw error
        throw new AppError('db_corrupt', { file: ctx.dataFile, detail: state.detail ?? '' })
      }
    }
  const entries = Object.entries(handlers as Record<string, AnyHandler>).map(([channel, h]) => [channel, wrap(h)])
  return Object.fromEntries(entries) as Handlers
}

function isReadonlyError(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_READONLY')
}
