import { dirname, join } from 'node:path'
import type Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import { preMigrationBackupName, snapshotDatabase } from './backup'
import { BACKUPS_DIR_NAME } from './data-dir'
import { bundledMigrations, type Migration } from './migrations'
import { KEHU_APPLICATION_ID, MIGRATIONS_TABLE, assertCompatible, readSchemaState } from './schema-state'

export interface MigrateOptions {
  /** Where the pre-migration backup goes; default `<folder of the db>/backups`. */
  backupDir?: string
  /** Clock for backup names and `applied_at` (tests). */
  now?: () => Date
}

export interface MigrateResult {
  fromVersion: number
  version: number
  applied: { version: number; name: string }[]
  /** The pre-migration backup, or null (nothing pending, a new database, or in-memory). */
  backupFile: string | null
}

/**
 * Brings the schema up to the newest migration. Each migration runs in its own IMMEDIATE
 * transaction together with its `schema_migrations` row and `user_version`, so a failure
 * rolls that step back completely and leaves the file at the last good version. An existing
 * database (version > 0) is snapshotted to the backups folder first.
 *
 * Foreign keys are off while migrating (SQLite's documented procedure for schema changes:
 * rebuilding a parent table with them on would cascade deletes), and `foreign_key_check`
 * must come back empty before each step commits.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = bundledMigrations(),
  opts: MigrateOptions = {},
): MigrateResult {
  const now = opts.now ?? (() => new Date())
  const fromVersion = assertCompatible(readSchemaState(db), migrations, db.name)
  const pending = migrations.filter((m) => m.version > fromVersion)
  const result: MigrateResult = { fromVersion, version: fromVersion, applied: [], backupFile: null }
  if (pending.length === 0) return result

  if (fromVersion > 0 && !db.memory) {
    const dir = opts.backupDir ?? join(dirname(db.name), BACKUPS_DIR_NAME)
    result.backupFile = snapshotDatabase(db, join(dir, preMigrationBackupName(pending[0].version, now()))).file
  }

  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number
  db.pragma('foreign_keys = OFF')
  try {
    for (const migration of pending) {
      applyOne(db, migration, now(), result.backupFile)
      result.version = migration.version
      result.applied.push({ version: migration.version, name: migration.name })
    }
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`)
  }
  return result
}

function applyOne(db: Database.Database, migration: Migration, at: Date, backupFile: string | null): void {
  const step = db.transaction(() => {
    // The runner owns its bookkeeping table; migrations only describe the app's data model.
    db.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL,
      checksum TEXT NOT NULL
    ) STRICT`)
    db.pragma(`application_id = ${KEHU_APPLICATION_ID}`)
    db.exec(migration.sql)
    const violations = db.pragma('foreign_key_check') as { table: string }[]
    if (violations.length > 0) {
      throw new Error(`foreign key check failed in ${violations[0].table} (${violations.length} rows)`)
    }
    db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (version, name, applied_at, checksum) VALUES (?, ?, ?, ?)`).run(
      migration.version,
      migration.name,
      at.toISOString(),
      migration.checksum,
    )
    // user_version lives in the file header and is part of the transaction: a quick
    // "which schema is this?" for tools like the sqlite3 shell.
    db.pragma(`user_version = ${migration.version}`)
  })
  try {
    step.immediate()
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw Object.assign(
      new AppError('db_migration_failed', {
        file: db.name,
        version: migration.version,
        name: migration.name,
        detail,
        backup: backupFile ?? '-',
      }),
      { cause: error },
    )
  }
}
