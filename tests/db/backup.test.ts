import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupDatabase, listBackups, openDatabase, preMigrationBackupName } from '../../src-main/db'
import { makeTempDir } from '../support/temp-dir'
import { fakeMigrations } from './fake-migrations'

let tmp: ReturnType<typeof makeTempDir>
beforeEach(() => {
  tmp = makeTempDir()
})
afterEach(() => tmp.cleanup())

describe('backupDatabase', () => {
  it('copies a live database, including uncommitted-to-file WAL content', async () => {
    const { db } = openDatabase(join(tmp.dir, 'kehu.sqlite'), { create: true, migrations: fakeMigrations() })
    try {
      db.pragma('wal_autocheckpoint = 0') // keep the rows in the WAL only
      db.prepare(`INSERT INTO people (name) VALUES ('王五')`).run()
      const dest = join(tmp.dir, 'backups', 'manual.sqlite')
      const info = await backupDatabase(db, dest)
      expect(info).toMatchObject({ file: dest, name: 'manual.sqlite', beforeVersion: null })
      expect(info.bytes).toBeGreaterThan(0)

      const copy = new Database(dest, { readonly: true })
      expect(copy.prepare('SELECT name FROM people').pluck().all()).toEqual(['王五'])
      expect(copy.pragma('user_version', { simple: true })).toBe(2)
      copy.close()

      await expect(backupDatabase(db, dest)).rejects.toThrow(/already exists/)
    } finally {
      db.close()
    }
  })
})

describe('listBackups', () => {
  it('is empty for a missing folder', () => {
    expect(listBackups(join(tmp.dir, 'nope'))).toEqual([])
  })

  it('lists .sqlite files newest first and reads the version from pre-migration names', () => {
    const name = preMigrationBackupName(3, new Date('2026-11-25T10:15:30.123Z'))
    expect(name).toBe('kehu-before-v3-20261125T101530123Z.sqlite')
    writeFileSync(join(tmp.dir, name), 'x')
    writeFileSync(join(tmp.dir, 'notes.txt'), 'x')
    const list = listBackups(tmp.dir)
    expect(list).toEqual([expect.objectContaining({ name, beforeVersion: 3, bytes: 1 })])
  })
})
