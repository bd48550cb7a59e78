import Database from 'better-sqlite3'
import { connectDatabase, type DataKey } from '../cipher'
import { firstIntegrityProblem, isCorruptionError } from './quick-check'

/** The outcome of a deferred integrity check. */
export type IntegrityResult = { status: 'ok' } | { status: 'corrupt'; detail: string }

/**
 * `quick_check` over its own read-only connection, so it can run in a worker thread while
 * the main connection serves the first page (WAL lets both read; the check sees the last
 * committed state). Only corruption becomes a result; any other failure is thrown.
 */
export function checkFileIntegrity(file: string, nativeBinding?: string, key?: DataKey): IntegrityResult {
  let db: Database.Database | undefined
  try {
    db = connectDatabase(file, { readonly: true, fileMustExist: true, nativeBinding, key })
    const problem = firstIntegrityProblem(db)
    return problem === null ? { status: 'ok' } : { status: 'corrupt', detail: problem }
  } catch (error) {
    if (isCorruptionError(error)) return { status: 'corrupt', detail: error.message }
    throw error
  } finally {
    db?.close()
  }
}
