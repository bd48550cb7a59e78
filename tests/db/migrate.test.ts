import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AppError } from '../../src-shared/ipc/app-error'
import { listBackups, migrate, openDatabase, parseMigrations } from '../../src-main/db'
import { makeTempDir } from '../support/temp-dir'
import { FAKE_SQL, failingMigrations, fakeMigrations } from './fake-migrations'

let tmp: ReturnType<typeof makeTempDir>
beforeEach(() => {
  tmp = makeTempDir()
})
afterEach(() => tmp.cleanup())

function createAtV1(): string {
  const file = join(tmp.dir, 'kehu.sqlite')
  const { db } = openDatabase(file, { create: true, migrations: fakeMigrations(1) })
  db.prepare('INSERT INTO people (name) VALUES (?), (?)').run('张三', 'Ann')
  db.close()
  return file
}

function tableNames(file: string): string[] {
  const db = new Database(file, { readonly: true })
  try {
    return db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).pluck().all() as string[]
  } finally {
    db.close()
  }
}

describe('upgrade path', () => {
  it('backs up the old version, then applies v2', () => {
    const file = createAtV1()
    const result = openDatabase(file, { migrations: fakeMigrations(2) })
    result.db.close()
    expect(result).toMatchObject({ fromVersion: 1, version: 2, applied: [{ version: 2, name: 'notes' }] })
    expect(result.backupFile).toMatch(/[\\/]backups[\\/]kehu-before-v2-\d{8}T\d{9}Z\.sqlite$/)
    expect(tableNames(file)).toContain('notes')

    // The backup is a valid database at the old version, with the data.
    const backup = new Database(result.backupFile!, { readonly: true })
    try {
      expect(backup.pragma('quick_check', { simple: true })).toBe('ok')
      expect(backup.pragma('user_version', { simple: true })).toBe(1)
      expect(backup.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(1)
      expect(backup.prepare('SELECT count(*) FROM people').pluck().get()).toBe(2)
      expect(backup.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'notes'`).pluck().get()).toBe(0)
    } finally {
      backup.close()
    }
    expect(listBackups(join(tmp.dir, 'backups'))).toEqual([
      expect.objectContaining({ file: result.backupFile, beforeVersion: 2 }),
    ])
  })

  it('honours backupDir', () => {
    const file = createAtV1()
    const backupDir = join(tmp.dir, 'elsewhere')
    const { db, backupFile } = openDatabase(file, { migrations: fakeMigrations(2), backupDir })
    db.close()
    expect(backupFile?.startsWith(backupDir)).toBe(true)
  })
})

describe('failing migration', () => {
  it('rolls back entirely and names the migration', () => {
    const file = createAtV1()
    let error: unknown
    try {
      openDatabase(file, { migrations: failingMigrations() })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    const appError = error as AppError
    expect(appError.code).toBe('db_migration_failed')
    expect(appError.params).toMatchObject({ version: 2, name: 'broken', detail: expect.stringMatching(/no_such_table/) })
    expect(String(appError.params.backup)).toMatch(/kehu-before-v2-/)

    // Nothing from v2 remains: no table, no row, no record, old user_version.
    expect(tableNames(file)).not.toContain('half_done')
    const db = new Database(file, { readonly: true })
    try {
      expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(2)
      expect(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get()).toBe(1)
      expect(db.pragma('user_version', { simple: true })).toBe(1)
    } finally {
      db.close()
    }
  })

  it('a failure while creating leaves no data file behind', () => {
    const file = join(tmp.dir, 'kehu.sqlite')
    const broken = failingMigrations()
    expect(() => openDatabase(file, { create: true, migrations: broken })).toThrow(AppError)
    expect(readdirSync(tmp.dir)).toEqual([])
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'db_missing' }))
  })

  it('refuses a foreign key violation left by a migration', () => {
    const file = createAtV1()
    // Foreign keys are off while migrating (so table rebuilds cannot cascade), so the
    // runner's foreign_key_check is what catches an orphan row.
    const bad = parseMigrations({
      ...FAKE_SQL,
      '0003_orphan.sql': `INSERT INTO notes (person_id, body) VALUES (999, 'orphan');`,
    })
    expect(() => openDatabase(file, { migrations: bad })).toThrowError(
      expect.objectContaining({
        code: 'db_migration_failed',
        params: expect.objectContaining({ version: 3, detail: expect.stringMatching(/foreign key/) }),
      }),
    )
    const db = new Database(file, { readonly: true })
    expect(db.pragma('user_version', { simple: true })).toBe(2)
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0)
    db.close()
  })
})

describe('migrate() on an in-memory database', () => {
  it('applies everything without a backup', () => {
    const db = new Database(':memory:')
    try {
      expect(migrate(db, fakeMigrations())).toMatchObject({ fromVersion: 0, version: 2, backupFile: null })
      expect(migrate(db, fakeMigrations())).toMatchObject({ fromVersion: 2, version: 2, applied: [] })
    } finally {
      db.close()
    }
  })
})
