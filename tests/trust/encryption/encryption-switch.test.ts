import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, snapshotDatabase } from '../../../src-main/db'
import { setPassphrase, unlockWithPassphrase, unlockWithRecoveryKey } from '../../../src-main/trust/keyring'
import { isDataFileEncrypted, turnEncryptionOff, turnEncryptionOn } from '../../../src-main/trust/encryption/encryption-switch'
import { convertDataFile } from '../../../src-main/trust/encryption/convert-file'
import { tableCounts } from '../../../src-main/trust/encryption/table-counts'
import { AppError } from '../../../src-shared/ipc/app-error'
import { call } from '../../customers/helpers'
import { fileHash } from '../../db/file-bytes'
import { openTestBackend } from '../../support/test-db'
import { makeTempDir } from '../../support/temp-dir'

const scrypt = { N: 2 ** 10, r: 8, p: 1 }
const PASS = 'shop owner passphrase'
const NAME = '欧阳修远'
const PHONE = '13912345678'
const NOTE = 'prefers WeChat Pay, asks for the red packaging'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

/** A real shop (plain, as every shop before this issue) with one customer, closed; its folder. */
async function plainShop(): Promise<string> {
  const temp = makeTempDir('kehu-encrypt-')
  cleanups.push(temp.cleanup)
  const backend = openTestBackend({ dir: temp.dir })
  await call(backend, 'customers.create', { name: NAME, phone: PHONE, notes: NOTE })
  snapshotDatabase(backend.db, join(temp.dir, 'backups', 'kehu-before-v99-20260101T000000000Z.sqlite'))
  backend.db.close()
  return temp.dir
}

const holdsAny = (file: string): boolean => {
  const bytes = readFileSync(file)
  return [NAME, PHONE, NOTE].some((text) => bytes.includes(Buffer.from(text, 'utf8')))
}

describe('turning encryption on and off', () => {
  it('encrypts a plain shop and its backups: no header, no name, phone or note in any byte; same rows', async () => {
    const dir = await plainShop()
    const file = join(dir, 'kehu.sqlite')
    const backup = join(dir, 'backups', readdirSync(join(dir, 'backups'))[0])
    expect(holdsAny(file)).toBe(true)
    const before = openDatabase(file, { readonly: true })
    const counts = tableCounts(before.db)
    before.db.close()

    const { dataKey, recoveryKey } = await setPassphrase(dir, PASS, { scrypt })
    const report = turnEncryptionOn(dir, dataKey)
    expect(report?.tables).toEqual(counts)
    expect(isDataFileEncrypted(dir)).toBe(true)
    for (const f of [file, backup]) {
      expect(readFileSync(f).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
      expect(holdsAny(f)).toBe(false)
    }
    expect(readdirSync(dir).filter((name) => name.includes('converting'))).toEqual([])

    // Any of passphrase and recovery key opens it; the data is all there.
    for (const key of [await unlockWithPassphrase(dir, PASS), unlockWithRecoveryKey(dir, recoveryKey)]) {
      const opened = openDatabase(file, { key: key! })
      expect(opened.encrypted).toBe(true)
      expect(tableCounts(opened.db)).toEqual(counts)
      expect(opened.db.prepare('SELECT name, phone, notes FROM customers').get()).toEqual({
        name: NAME,
        phone: PHONE,
        notes: NOTE,
      })
      opened.db.close()
    }
  })

  it('turns it off again: a plain file with the same rows', async () => {
    const dir = await plainShop()
    const { dataKey } = await setPassphrase(dir, PASS, { scrypt })
    turnEncryptionOn(dir, dataKey)
    const report = turnEncryptionOff(dir, dataKey)
    expect(isDataFileEncrypted(dir)).toBe(false)
    const opened = openDatabase(join(dir, 'kehu.sqlite'))
    expect(tableCounts(opened.db)).toEqual(report?.tables)
    expect(opened.db.prepare('SELECT name FROM customers').pluck().get()).toBe(NAME)
    opened.db.close()
  })

  it('refuses a key the keyring does not wrap, or no keyring, and changes nothing', async () => {
    const dir = await plainShop()
    const file = join(dir, 'kehu.sqlite')
    const before = fileHash(file)
    expect(() => turnEncryptionOn(dir, Buffer.alloc(32, 1))).toThrow(AppError)
    await setPassphrase(dir, PASS, { scrypt })
    expect(() => turnEncryptionOn(dir, Buffer.alloc(32, 1))).toThrow(AppError)
    expect(fileHash(file)).toBe(before)
    expect(isDataFileEncrypted(dir)).toBe(false)
  })

  it('a file still open elsewhere is not swapped: the copy is dropped, the original untouched', async () => {
    const dir = await plainShop()
    const file = join(dir, 'kehu.sqlite')
    const { dataKey } = await setPassphrase(dir, PASS, { scrypt })
    const open = openDatabase(file)
    open.db.pragma('wal_autocheckpoint = 0')
    open.db.prepare(`UPDATE customers SET notes = 'changed while open'`).run()
    try {
      expect(() => turnEncryptionOn(dir, dataKey)).toThrow(AppError)
      expect(isDataFileEncrypted(dir)).toBe(false)
      expect(existsSync(`${file}.converting`)).toBe(false)
      expect(open.db.prepare('SELECT notes FROM customers').pluck().get()).toBe('changed while open')
    } finally {
      open.db.close()
    }
  })

  it('a wrong key for an encrypted file is refused before anything is copied', async () => {
    const dir = await plainShop()
    const file = join(dir, 'kehu.sqlite')
    const { dataKey } = await setPassphrase(dir, PASS, { scrypt })
    turnEncryptionOn(dir, dataKey)
    const before = fileHash(file)
    expect(() => convertDataFile(file, Buffer.alloc(32, 9), null)).toThrow(
      expect.objectContaining({ code: 'db_key_wrong' }) as unknown as Error,
    )
    expect(fileHash(file)).toBe(before)
  })
})
