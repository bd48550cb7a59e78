import { closeSync, openSync, readdirSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDatabase, parseMigrations } from '../../src-main/db'
import { makeTempDir } from '../support/temp-dir'
import { FAKE_SQL, fakeMigrations } from './fake-migrations'
import { fileHash } from './file-bytes'

let tmp: ReturnType<typeof makeTempDir>
let file: string
beforeEach(() => {
  tmp = makeTempDir()
  file = join(tmp.dir, 'kehu.sqlite')
})
afterEach(() => tmp.cleanup())

/** Asserts openDatabase refuses with `code` and leaves the file byte-identical, with no backup. */
function expectRefused(code: string, opts: Parameters<typeof openDatabase>[1] = {}): Record<string, unknown> {
  const before = fileHash(file)
  let error: { code?: string; params?: Record<string, unknown> } = {}
  try {
    openDatabase(file, { migrations: fakeMigrations(), ...opts }).db.close()
  } catch (e) {
    error = e as typeof error
  }
  expect(error.code).toBe(code)
  expect(fileHash(file)).toBe(before)
  expect(readdirSync(tmp.dir)).not.toContain('backups')
  return error.params ?? {}
}

function createWithPeople(rows: number, migrations = fakeMigrations()): void {
  const { db } = openDatabase(file, { create: true, migrations })
  const insert = db.prepare('INSERT INTO people (name) VALUES (?)')
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`客户 ${i} ${'x'.repeat(60)}`)
  })()
  db.close()
}

describe('refused files', () => {
  it('a missing file without create', () => {
    expect(() => openDatabase(file, { migrations: fakeMigrations() })).toThrowError(
      expect.objectContaining({ code: 'db_missing', params: { file } }),
    )
    expect(readdirSync(tmp.dir)).toEqual([])
  })

  it('a 0-byte file, even with create, stays 0 bytes', () => {
    writeFileSync(file, '')
    expectRefused('db_empty', { create: true })
    expect(statSync(file).size).toBe(0)
    expect(readdirSync(tmp.dir)).toEqual(['kehu.sqlite'])
  })

  it('a file that is not SQLite', () => {
    writeFileSync(file, Buffer.from('PK\u0003\u0004 this is a zip, not a database'.repeat(200)))
    expectRefused('db_not_sqlite', { create: true })
  })

  it('a header-only stub shorter than the SQLite header', () => {
    writeFileSync(file, 'SQLite format 3\0')
    expectRefused('db_corrupt')
  })

  it('another program’s SQLite database', () => {
    const other = new Database(file)
    other.exec('CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)')
    other.close()
    expectRefused('db_not_sqlite')
  })

  it('pages overwritten in the middle of a database with data', () => {
    createWithPeople(5000)
    const pageSize = 4096
    const pages = statSync(file).size / pageSize
    expect(pages).toBeGreaterThan(20)
    const fd = openSync(file, 'r+')
    for (let page = Math.floor(pages / 3); page < Math.floor(pages / 3) + 4; page++) {
      writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, page * pageSize) // b-tree page headers
    }
    closeSync(fd)
    // Prove the file really is corrupt, independently of the code under test.
    const raw = new Database(file, { readonly: true })
    expect(raw.pragma('quick_check', { simple: true })).not.toBe('ok')
    raw.close()

    const params = expectRefused('db_corrupt')
    expect(String(params.detail)).not.toBe('')
  })

  it('a truncated database', () => {
    createWithPeople(5000)
    truncateSync(file, Math.floor(statSync(file).size / 2 / 4096) * 4096)
    expectRefused('db_corrupt')
  })
})

describe('newer or different schema', () => {
  it('a migration recorded beyond what the app knows', () => {
    createWithPeople(3, fakeMigrations(2))
    const params = expectRefused('db_newer', { migrations: fakeMigrations(1) })
    expect(params).toMatchObject({ found: 2, known: 1 })
  })

  it('a newer schema that so far lives only in the WAL is seen and refused', () => {
    createWithPeople(3)
    const writer = new Database(file)
    try {
      writer.pragma('wal_autocheckpoint = 0')
      writer.pragma('user_version = 9') // lives only in kehu.sqlite-wal for now
      expect(expectRefused('db_newer')).toMatchObject({ found: 9 })
    } finally {
      writer.close()
    }
  })

  it('a user_version beyond what the app knows', () => {
    createWithPeople(3)
    const raw = new Database(file)
    raw.pragma('user_version = 7')
    raw.close()
    expect(expectRefused('db_newer')).toMatchObject({ found: 7, known: 2 })
  })

  it('an applied migration whose SQL changed since', () => {
    createWithPeople(3, fakeMigrations(1))
    const edited = parseMigrations({
      ...FAKE_SQL,
      '0001_people.sql': FAKE_SQL['0001_people.sql'].replace('name TEXT', 'full_name TEXT'),
    })
    expect(expectRefused('db_migration_changed', { migrations: edited })).toMatchObject({ version: 1, name: 'people' })
  })

  it('CRLF line endings do not count as a change', () => {
    createWithPeople(3, fakeMigrations(1))
    const crlfSql = FAKE_SQL['0001_people.sql'].replace(/\n/g, '\r\n')
    expect(crlfSql).toContain('\r\n')
    openDatabase(file, { migrations: parseMigrations({ '0001_people.sql': crlfSql }) }).db.close()
  })
})
