import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import { connectDatabase, type DataKey } from './cipher'
import { BACKUPS_DIR_NAME } from './data-dir'
import { assertLooksLikeSqlite, hasPlainSqliteHeader } from './file-checks'
import { inspectDatabase, type IntegrityTiming } from './inspect-database'
import { migrate, type MigrateResult } from './migrate'
import { bundledMigrations, latestVersion, type Migration } from './migrations'
import { configureConnection, type ConnectionUse } from './pragmas'

export interface OpenOptions {
  /** Create (and migrate) the file if it does not exist. Never applies to an empty file. */
  create?: boolean
  /** Path of a better-sqlite3 `.node` built for Electron's ABI (TOOLCHAIN.md). */
  nativeBinding?: string
  /**
   * The data key (./cipher.ts). An existing file is opened with it when it is encrypted and
   * without it when it is plain (`encrypted` in the result says which); a new file is created
   * encrypted. Without a key an encrypted file is `db_not_sqlite`, as to any SQLite tool.
   */
  key?: DataKey
  /** Read-only connection (e.g. a worker): nothing is migrated or written. */
  readonly?: boolean
  /** `interactive` (default: the main connection) or `bulk` (a worker's): its cache and map (./pragmas.ts). */
  use?: ConnectionUse
  /** Defaults to the migrations bundled into the build. */
  migrations?: Migration[]
  /** Defaults to `<folder of file>/backups`. */
  backupDir?: string
  /**
   * Runs on a newly created, migrated database before it is renamed into place (seed
   * settings, default pipeline stages), so a crash during seeding leaves no file at all.
   */
  onCreate?: (db: Database.Database) => void
  /**
   * `before` (default): quick_check before opening, as the CLI, seed and workers need.
   * `deferred`: the app's start — when no migration is pending, the check is left to the
   * caller to run in the background (`integrityDeferred` in the result); a pending migration
   * always gets the full check first, so a damaged file is never migrated.
   */
  integrity?: IntegrityTiming
}

export interface OpenResult extends MigrateResult {
  db: Database.Database
  /** Absolute path of the file. */
  file: string
  /** True when this call created the file. */
  created: boolean
  /** Migrations not applied (only a read-only open can leave some). */
  pending: number
  /** True when quick_check has not run yet: the caller must run it (`integrity: 'deferred'`). */
  integrityDeferred: boolean
  /** True when the file is encrypted (opened with `key`). */
  encrypted: boolean
}

/**
 * Opens the Kehu data file, or refuses it with an `AppError` and leaves it untouched:
 * `db_missing` (unless `create`), `db_empty`, `db_not_sqlite`, `db_corrupt`, `db_newer`,
 * `db_migration_changed`. Then configures the connection and applies pending migrations
 * (backup first). Synchronous, so the main process can open before showing a window.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): OpenResult {
  const path = resolve(file)
  const migrations = opts.migrations ?? bundledMigrations()
  if (!existsSync(path)) {
    if (!opts.create || opts.readonly) throw new AppError('db_missing', { file: path })
    const applied = createDatabase(path, migrations, opts)
    // A file this call just built needs no check: nothing else has touched it.
    const opened = openExisting(path, migrations, { ...opts, integrity: 'deferred' })
    return { ...opened, fromVersion: 0, applied, created: true, integrityDeferred: false }
  }
  return openExisting(path, migrations, opts)
}

function openExisting(path: string, migrations: readonly Migration[], options: OpenOptions): OpenResult {
  const encrypted = options.key !== undefined && !hasPlainSqliteHeader(path)
  const opts = { ...options, key: encrypted ? options.key : undefined }
  assertLooksLikeSqlite(path, { encrypted })
  const { version, checked } = inspectDatabase(path, migrations, opts)
  const readonly = opts.readonly ?? false
  const db = connectDatabase(path, { readonly, fileMustExist: true, nativeBinding: opts.nativeBinding, key: opts.key })
  try {
    configureConnection(db, { readonly, use: opts.use })
    const result: MigrateResult = readonly
      ? { fromVersion: version, version, applied: [], backupFile: null }
      : migrate(db, migrations, { backupDir: opts.backupDir ?? join(dirname(path), BACKUPS_DIR_NAME) })
    const pending = latestVersion(migrations) - result.version
    return { ...result, db, file: path, created: false, pending, integrityDeferred: !checked, encrypted }
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * Builds a new database under a temporary name and renames it into place when fully
 * migrated, so a crash or failed migration never leaves a 0-byte or half-made `kehu.sqlite`
 * (which the next start would rightly refuse as empty). The `.creating` file is only ever
 * ours, so a leftover from a crash is deleted.
 */
function createDatabase(path: string, migrations: readonly Migration[], opts: OpenOptions): MigrateResult['applied'] {
  mkdirSync(dirname(path), { recursive: true })
  const temp = `${path}.creating`
  const removeTemp = (): void => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(temp + suffix, { force: true })
  }
  removeTemp()
  try {
    const db = connectDatabase(temp, { nativeBinding: opts.nativeBinding, key: opts.key })
    try {
      configureConnection(db, { readonly: false })
      const { applied } = migrate(db, migrations)
      opts.onCreate?.(db)
      db.close() // checkpoints the WAL into the file, so the file alone is complete
      renameSync(temp, path)
      return applied
    } finally {
      if (db.open) db.close()
    }
  } finally {
    removeTemp()
  }
}
