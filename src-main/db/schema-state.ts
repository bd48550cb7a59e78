import type Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import { latestVersion, type Migration } from './migrations'

/**
 * `PRAGMA application_id` marks a file as Kehu's ("KEHU" in ASCII), so another program's
 * SQLite file picked by mistake is refused instead of having our schema added to it.
 */
export const KEHU_APPLICATION_ID = 0x4b454855

export const MIGRATIONS_TABLE = 'schema_migrations'

export interface AppliedMigration {
  version: number
  name: string
  checksum: string
  applied_at: string
}

/** What a connection tells us about the schema, read without writing anything. */
export interface SchemaState {
  userVersion: number
  applicationId: number
  /** Tables, indexes, views and triggers outside SQLite's own `sqlite_*` names. */
  objectCount: number
  hasMigrationsTable: boolean
  applied: AppliedMigration[]
}

export function readSchemaState(db: Database.Database): SchemaState {
  const userVersion = db.pragma('user_version', { simple: true }) as number
  const applicationId = db.pragma('application_id', { simple: true }) as number
  const objects = db
    .prepare(`SELECT name FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`)
    .pluck()
    .all() as string[]
  const hasMigrationsTable = objects.includes(MIGRATIONS_TABLE)
  const applied = hasMigrationsTable
    ? (db
        .prepare(`SELECT version, name, checksum, applied_at FROM ${MIGRATIONS_TABLE} ORDER BY version`)
        .all() as AppliedMigration[])
    : []
  return { userVersion, applicationId, objectCount: objects.length, hasMigrationsTable, applied }
}

/**
 * Refuses a file this build must not touch and returns its schema version:
 * another program's database → `db_not_sqlite`; a newer schema → `db_newer`; an applied
 * migration whose SQL has since changed → `db_migration_changed`.
 *
 * Why refuse (not warn) on a changed checksum: the app's queries are written for the schema
 * the bundled migrations describe; if the file was built from different SQL, writes could
 * silently go wrong. Refusing leaves the file untouched and is loud in development; released
 * migrations are pinned by a checksum test so users should never see it.
 */
export function assertCompatible(state: SchemaState, migrations: readonly Migration[], file: string): number {
  const foreignId = state.applicationId !== 0 && state.applicationId !== KEHU_APPLICATION_ID
  const foreignSchema = !state.hasMigrationsTable && (state.objectCount > 0 || state.userVersion > 0)
  if (foreignId || foreignSchema) throw new AppError('db_not_sqlite', { file })

  const current = state.applied.at(-1)?.version ?? 0
  const known = latestVersion(migrations)
  const found = Math.max(current, state.userVersion)
  if (found > known) throw new AppError('db_newer', { file, found, known })

  state.applied.forEach((row, i) => {
    // Rows must be exactly 1..current; a hole means someone edited the table by hand.
    if (row.version !== i + 1) {
      throw new AppError('db_corrupt', { file, detail: `${MIGRATIONS_TABLE} is missing version ${i + 1}` })
    }
    const migration = migrations[i]
    if (migration.checksum !== row.checksum) {
      throw new AppError('db_migration_changed', { file, version: row.version, name: row.name })
    }
  })
  return current
}
