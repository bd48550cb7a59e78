import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { KEHU_APPLICATION_ID } from '../../src-main/db/schema-state'
import { makeTempDir } from '../support/temp-dir'
import { fakeMigrations } from './fake-migrations'

let tmp: ReturnType<typeof makeTempDir>
beforeEach(() => {
  tmp = makeTempDir()
})
afterEach(() => tmp.cleanup())

describe('openDatabase: fresh create', () => {
  it('creates, migrates and records every migration', () => {
    const file = join(tmp.dir, 'nested', 'kehu.sqlite')
    const { db, created, fromVersion, version, applied, backupFile, pending } = openDatabase(file, {
      create: true,
      migrations: fakeMigrations(),
    })
    try {
      expect({ created, fromVersion, version, backupFile, pending }).toEqual({
        created: true,
        fromVersion: 0,
        version: 2,
        backupFile: null,
        pending: 0,
      })
      expect(applied.map((m) => m.version)).toEqual([1, 2])
      const rows = db.prepare('SELECT version, name, checksum, applied_at FROM schema_migrations').all()
      expect(rows).toHaveLength(2)
      expect(rows[1]).toMatchObject({ version: 2, name: 'notes', checksum: expect.stringMatching(/^[0-9a-f]{64}$/) })
      expect(db.pragma('user_version', { simple: true })).toBe(2)
      expect(db.pragma('application_id', { simple: true })).toBe(KEHU_APPLICATION_ID)
    } finally {
      db.close()
    }
    // No temporary files and no backup for a brand-new database.
    expect(readdirSync(join(tmp.dir, 'nested'))).toEqual(['kehu.sqlite'])
  })

  it('runs onCreate before the file appears, and not on later opens', () => {
    const file = join(tmp.dir, 'kehu.sqlite')
    const seed = (db: Database.Database): void => {
      expect(existsSync(file)).toBe(false)
      db.prepare(`INSERT INTO people (name) VALUES ('seeded')`).run()
    }
    openDatabase(file, { create: true, migrations: fakeMigrations(), onCreate: seed }).db.close()
    const again = openDatabase(file, { create: true, migrations: fakeMigrations(), onCreate: () => expect.fail() })
    expect(again.db.prepare('SELECT name FROM people').pluck().all()).toEqual(['seeded'])
    again.db.close()
  })

  it('a failing onCreate leaves no file', () => {
    const file = join(tmp.dir, 'kehu.sqlite')
    const boom = (): void => {
      throw new Error('seed failed')
    }
    expect(() => openDatabase(file, { create: true, migrations: fakeMigrations(), onCreate: boom })).toThrow('seed failed')
    expect(readdirSync(tmp.dir)).toEqual([])
  })

  it('sets the connection pragmas', () => {
    const { db } = openDatabase(join(tmp.dir, 'kehu.sqlite'), { create: true, migrations: fakeMigrations() })
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.pragma('synchronous', { simple: true })).toBe(2)
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
      expect(db.pragma('temp_store', { simple: true })).toBe(2)
      expect(db.pragma('cache_size', { simple: true })).toBe(-65536)
    } finally {
      db.close()
    }
  })

  it('gives a bulk (worker) connection a small page cache and no memory map', () => {
    const file = join(tmp.dir, 'kehu.sqlite')
    openDatabase(file, { create: true, migrations: fakeMigrations() }).db.close()
    const main = openDatabase(file, { migrations: fakeMigrations() }).db
    const bulk = openDatabase(file, { readonly: true, use: 'bulk', migrations: fakeMigrations() }).db
    try {
      expect(main.pragma('mmap_size', { simple: true })).toBe(134_217_728)
      expect(bulk.pragma('cache_size', { simple: true })).toBe(-8192)
      expect(bulk.pragma('mmap_size', { simple: true })).toBe(0)
    } finally {
      bulk.close()
      main.close()
    }
  })

  it('enforces foreign keys after migrating', () => {
    const { db } = openDatabase(join(tmp.dir, 'kehu.sqlite'), { create: true, migrations: fakeMigrations() })
    try {
      expect(() => db.prepare('INSERT INTO notes (person_id, body) VALUES (42, ?)').run('x')).toThrow(/FOREIGN KEY/)
    } finally {
      db.close()
    }
  })

  it('reopens an up-to-date file without writing a backup', () => {
    const file = join(tmp.dir, 'kehu.sqlite')
    openDatabase(file, { create: true, migrations: fakeMigrations() }).db.close()
    const again = openDatabase(file, { migrations: fakeMigrations() })
    again.db.close()
    expect(again).toMatchObject({ created: false, fromVersion: 2, version: 2, applied: [], backupFile: null })
    expect(existsSync(join(tmp.dir, 'backups'))).toBe(false)
  })

  it('a read-only open migrates nothing and reports what is pending', () => {
    const file = join(tmp.dir, 'kehu.sqlite')
    openDatabase(file, { create: true, migrations: fakeMigrations(1) }).db.close()
    const ro = openDatabase(file, { readonly: true, migrations: fakeMigrations(2) })
    try {
      expect(ro).toMatchObject({ version: 1, pending: 1, applied: [] })
      expect(ro.db.readonly).toBe(true)
    } finally {
      ro.db.close()
    }
    const check = new Database(file, { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBe(1)
    check.close()
  })
})
