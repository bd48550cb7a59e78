import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupDatabase, openDatabase } from '../../src-main/db'
import { connectDatabase } from '../../src-main/db/cipher'
import { copyFileAtRest } from '../../src-main/db/copy-at-rest'
import { makeTempDir } from '../support/temp-dir'
import { fakeMigrations } from './fake-migrations'

let tmp: ReturnType<typeof makeTempDir>
let opened: Database.Database[]
beforeEach(() => {
  tmp = makeTempDir('kehu-copy-at-rest-')
  opened = []
})
afterEach(() => {
  for (const db of opened.reverse()) db.close()
  tmp.cleanup()
})

const key = randomBytes(32)
const migrations = fakeMigrations()
const keep = (db: Database.Database): Database.Database => (opened.push(db), db)

/** The app's three connections to an encrypted file: the writer, a worker's reader, a checkpointer. */
function encryptedShop() {
  const file = join(tmp.dir, 'kehu.sqlite')
  const writer = keep(openDatabase(file, { create: true, key, migrations }).db)
  writer.pragma('wal_autocheckpoint = 0')
  writer.prepare('INSERT INTO people (name) VALUES (?)').run('诸葛孔明') // only in the WAL
  const reader = keep(openDatabase(file, { readonly: true, key, migrations }).db)
  const checkpointer = keep(connectDatabase(file, { key }))
  return { file, writer, reader, checkpointer }
}

function namesIn(file: string): unknown[] {
  const copy = connectDatabase(file, { readonly: true, key })
  try {
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok')
    return copy.prepare('SELECT name FROM people ORDER BY id').pluck().all()
  } finally {
    copy.close()
  }
}

describe('copyFileAtRest', () => {
  it('checkpoints what is only in the WAL, then copies the file as it is: encrypted, whole', async () => {
    const { reader, checkpointer } = encryptedShop()
    const dest = join(tmp.dir, 'copy.sqlite')
    expect(await copyFileAtRest(reader, dest, checkpointer)).toBe(true)
    const bytes = readFileSync(dest)
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
    expect(bytes.includes(Buffer.from('诸葛孔明', 'utf8'))).toBe(false)
    expect(namesIn(dest)).toEqual(['诸葛孔明'])
  })

  it('gives up while an older snapshot keeps newer commits out of the file; the backup then copies pages', async () => {
    const { file, writer, reader, checkpointer } = encryptedShop()
    // A reader (a long analysis) pins the snapshot before the next commit: no checkpoint may
    // write that commit into the file while it reads.
    const pinned = keep(connectDatabase(file, { readonly: true, key }))
    pinned.exec('BEGIN')
    pinned.prepare('SELECT count(*) FROM people').get()
    writer.prepare('INSERT INTO people (name) VALUES (?)').run('司马懿')

    expect(await copyFileAtRest(reader, join(tmp.dir, 'copy.sqlite'), checkpointer)).toBe(false)
    const backup = await backupDatabase(reader, join(tmp.dir, 'backups', 'now.sqlite'), { checkpointer })
    expect(namesIn(backup.file)).toEqual(['诸葛孔明', '司马懿'])
    expect(readFileSync(backup.file).includes(Buffer.from('司马懿', 'utf8'))).toBe(false)
    pinned.exec('COMMIT')
  })
})
