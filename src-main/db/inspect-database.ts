import Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import { connectDatabase, type DataKey } from './cipher'
import { firstIntegrityProblem, isCorruptionError } from './integrity/quick-check'
import { latestVersion, type Migration } from './migrations'
import { assertCompatible, readSchemaState } from './schema-state'

// A read-only connection cannot roll back a hot journal or rebuild a WAL index; then the
// check must use a read-write connection (that recovery is SQLite's normal crash repair).
const NEEDS_WRITE_CODES = /^SQLITE_(READONLY_ROLLBACK|READONLY_RECOVERY|READONLY_CANTINIT|CANTOPEN)/

/**
 * When quick_check runs: `before` opening (always, and the default), or `deferred` to a
 * background check after opening — which is only honoured when no migration is pending,
 * because a damaged file must never be migrated.
 */
export type IntegrityTiming = 'before' | 'deferred'

export interface Inspection {
  version: number
  /** True when quick_check ran here; false leaves it to the caller (deferred). */
  checked: boolean
}

/**
 * Integrity and compatibility checks on an existing file, over a separate read-only
 * connection so a refused file is never written (a read-write connection would, for
 * example, checkpoint the WAL into the file on close).
 */
export function inspectDatabase(
  file: string,
  migrations: readonly Migration[],
  opts: { nativeBinding?: string; integrity?: IntegrityTiming; key?: DataKey } = {},
): Inspection {
  try {
    return inspectWith(file, migrations, { ...opts, readonly: true })
  } catch (error) {
    if (!NEEDS_WRITE_CODES.test(sqliteCode(error))) throw error
    return inspectWith(file, migrations, { ...opts, readonly: false })
  }
}

function inspectWith(
  file: string,
  migrations: readonly Migration[],
  options: { readonly: boolean; nativeBinding?: string; integrity?: IntegrityTiming; key?: DataKey },
): Inspection {
  let db: Database.Database | undefined
  try {
    db = connectDatabase(file, { ...options, fileMustExist: true })
    // The cheap checks (foreign or newer schema, changed migrations) read a few pages only.
    const version = assertCompatible(readSchemaState(db), migrations, file)
    const checked = options.integrity !== 'deferred' || version < latestVersion(migrations)
    if (checked) {
      const problem = firstIntegrityProblem(db)
      if (problem !== null) throw new AppError('db_corrupt', { file, detail: problem })
    }
    return { version, checked }
  } catch (error) {
    if (isCorruptionError(error)) throw new AppError('db_corrupt', { file, detail: error.message })
    throw error
  } finally {
    db?.close()
  }
}

function sqliteCode(error: unknown): string {
  return error instanceof Database.SqliteError ? error.code : ''
}
