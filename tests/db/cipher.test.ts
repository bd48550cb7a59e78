import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupDatabase, openDatabase, snapshotDatabase } from '../../src-main/db'
import { checkFileIntegrity } from '../../src-main/db/integrity/check-file'
import { openTaskConnection } from '../../src-main/workers/task-connection'
import { AppError } from '../../src-shared/ipc/app-error'
import { makeTempDir } from '../support/temp-dir'
import { fakeMigrations } from './fake-migrations'
import { fileHash } from './file-bytes'

const NAME = '诸葛孔明Zhuge'
let tmp: ReturnType<typeof makeTempDir>
beforeEach(() => {
  tmp = makeTempDir('kehu-cipher-')
})
afterEach(() => tmp.cleanup())

function bytesOf(file: string): Buffer {
  return existsSync(file) ? readFileSync(file) : Buffer.alloc(0)
}
const holds = (file: string, text: string): boolean => bytesOf(file).includes(Buffer.from(text, 'utf8'))

function encryptedShop(key: Buffer): string {
  const file = join(tmp.dir, 'kehu.sqlite')
  const { db } = openDatabase(file, { create: true, key, migrations: fakeMigrations() })
  db.prepare('INSERT INTO people (name, email) VALUES (?, ?)').run(NAME, 'kongming@example.cn')
  db.close()
  return file
}

function codeOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    return error instanceof AppError ? error.code : String(error)
  }
  return 'no error'
}

describe('encrypted data file', () => {
  it('has no SQLite header and no customer bytes, in the file or its WAL', () => {
    const key = randomBytes(32)
    const file = join(tmp.dir, 'kehu.sqlite')
    const { db, encrypted } = openDatabase(file, { create: true, key, migrations: fakeMigrations() })
    expect(encrypted).toBe(true)
    db.pragma('wal_autocheckpoint = 0') // the row stays in the WAL while open
    db.prepare('INSERT INTO people (name) VALUES (?)').run(NAME)
    expect(bytesOf(`${file}-wal`).length).toBeGreaterThan(0)
    expect(holds(`${file}-wal`, NAME)).toBe(false)
    db.close()
    expect(bytesOf(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
    expect(holds(file, NAME)).toBe(false)
    expect(holds(file, 'people')).toBe(false) // not even the schema
  })

  it('opens again with its key, and a plain file stays plain when a key is offered', () => {
    const key = randomBytes(32)
    const file = encryptedShop(key)
    const reopened = openDatabase(file, { key, migrations: fakeMigrations() })
    expect(reopened.encrypted).toBe(true)
    expect(reopened.db.prepare('SELECT name FROM people').pluck().all()).toEqual([NAME])
    reopened.db.close()

    const plainFile = join(tmp.dir, 'plain.sqlite')
    openDatabase(plainFile, { create: true, migrations: fakeMigrations() }).db.close()
    const plain = openDatabase(plainFile, { key, migrations: fakeMigrations() })
    expect(plain.encrypted).toBe(false)
    plain.db.close()
    expect(bytesOf(plainFile).subarray(0, 15).toString('latin1')).toBe('SQLite format 3')
  })

  it('a wrong key or no key is refused in words and leaves the file byte-identical', () => {
    const file = encryptedShop(randomBytes(32))
    const before = fileHash(file)
    expect(codeOf(() => openDatabase(file, { key: randomBytes(32), migrations: fakeMigrations() }))).toBe('db_key_wrong')
    expect(codeOf(() => openDatabase(file, { migrations: fakeMigrations() }))).toBe('db_not_sqlite')
    expect(codeOf(() => openDatabase(file, { create: true, key: randomBytes(32) }))).toBe('db_key_wrong')
    expect(fileHash(file)).toBe(before)
    expect(existsSync(`${file}-wal`)).toBe(false)
  })

  it('worker connections and the deferred integrity check open it with the key', () => {
    const key = randomBytes(32)
    const file = join(tmp.dir, 'kehu.sqlite')
    openDatabase(file, { create: true, key }).db.close() // the real schema: workers check it
    const worker = openTaskConnection('read-only', file, undefined, key)!
    expect(worker.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0)
    worker.close()
    expect(checkFileIntegrity(file, undefined, key)).toEqual({ status: 'ok' })
    expect(() => checkFileIntegrity(file, undefined, randomBytes(32))).toThrow(AppError)
  })

  it('backups and snapshots of an encrypted file are encrypted with the same key', async () => {
    const key = randomBytes(32)
    const file = encryptedShop(key)
    const { db } = openDatabase(file, { key, migrations: fakeMigrations() })
    db.pragma('wal_autocheckpoint = 0')
    db.prepare('INSERT INTO people (name) VALUES (?)').run('司马懿Sima') // only in the WAL
    const backup = await backupDatabase(db, join(tmp.dir, 'backups', 'now.sqlite'))
    const snapshot = snapshotDatabase(db, join(tmp.dir, 'backups', 'snap.sqlite'))
    db.close()
    for (const copy of [backup.file, snapshot.file]) {
      expect(holds(copy, NAME)).toBe(false)
      expect(bytesOf(copy).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
      expect(codeOf(() => openDatabase(copy, { migrations: fakeMigrations() }))).toBe('db_not_sqlite')
      const opened = openDatabase(copy, { key, readonly: true, migrations: fakeMigrations() })
      expect(opened.db.prepare('SELECT name FROM people ORDER BY id').pluck().all()).toEqual([NAME, '司马懿Sima'])
      opened.db.close()
    }
  })

  it('a plain file still gets a plain backup (the backup API)', async () => {
    const file = join(tmp.dir, 'kehu.sqlite')
    const { db } = openDatabase(file, { create: true, migrations: fakeMigrations() })
    db.prepare('INSERT INTO people (name) VALUES (?)').run(NAME)
    const backup = await backupDatabase(db, join(tmp.dir, 'backups', 'plain.sqlite'))
    db.close()
    expect(holds(backup.file, NAME)).toBe(true)
  })
})
