import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src-main/db'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { findBackups } from '../../../src-main/trust/backups/list-backups'
import { databaseHash } from '../../support/database-hash'
import { makeTempDir } from '../../support/temp-dir'
import { harnessBuilt, startBuiltHarness } from '../../support/built-harness'
import { runInHarness } from './support/run-in-harness'

const KILLS = 20

/** Every row of the file, read through a fresh connection: it must open, and pass integrity_check. */
function readWhole(file: string): string {
  const db = new Database(file, { fileMustExist: true })
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    return databaseHash(db)
  } finally {
    db.close()
  }
}

/** Every file named as a backup in `folder` is whole: what a crash left half-made is never named so. */
function expectEveryBackupWhole(folder: string): void {
  for (const backup of findBackups([folder])) {
    expect(backup.verified, backup.name).toBe(true)
    expect(readWhole(backup.file)).toBeTypeOf('string')
  }
}

/** A random moment within the operation (plus a margin past its usual end). */
const someMomentOf = (ms: number, i: number): number => Math.round(((i + Math.random()) / KILLS) * ms * 1.1)

describe.skipIf(!harnessBuilt)('backup and restore killed with SIGKILL at random moments', () => {
  const temp = makeTempDir('kehu-killed-')
  const shop = join(temp.dir, 'shop')
  const pristine = join(temp.dir, 'pristine.sqlite')
  let atStart = ''

  beforeAll(async () => {
    const seeded = join(temp.dir, 'seeded')
    mkdirSync(seeded)
    const { db } = openDatabase(join(seeded, 'kehu.sqlite'), { create: true })
    generateShop(db, { customers: 1_500, orders: 8_000, seed: 11, locale: 'zh-CN', asOf: '2026-06-30' })
    db.close()
    // Opened once by the app, as it is when the owner backs up: the reminders that came due are
    // taken on the first opening, so every later opening leaves the file as it is.
    await (await startBuiltHarness(seeded)).stop()
    copyFileSync(join(seeded, 'kehu.sqlite'), pristine)
    atStart = readWhole(pristine)
  }, 180_000)
  afterAll(() => temp.cleanup())

  const freshShop = (): string => {
    rmSync(shop, { recursive: true, force: true })
    const dataFile = join(shop, 'kehu.sqlite')
    mkdirSync(shop)
    copyFileSync(pristine, dataFile)
    return dataFile
  }

  it(`a backup killed ${KILLS} times leaves the data file exactly as it was and no half backup`, async () => {
    const dataFile = freshShop()
    const whole = await runInHarness('backup', shop)
    expect(whole.answer).toMatchObject({ ok: true })
    const folder = join(shop, 'backups')
    let killedMidway = 0
    for (let i = 0; i < KILLS; i++) {
      const run = await runInHarness('backup', shop, '', someMomentOf(whole.ms, i))
      if (run.killed) killedMidway++
      expect(readWhole(dataFile)).toBe(atStart)
      expectEveryBackupWhole(folder)
    }
    expect(killedMidway).toBeGreaterThanOrEqual(KILLS / 2)
    // The next backup after all those kills succeeds.
    expect((await runInHarness('backup', shop)).answer).toMatchObject({ ok: true })
    expectEveryBackupWhole(folder)
  }, 900_000)

  it(`a restore killed ${KILLS} times leaves the file as it was, or restored whole — never in between`, async () => {
    freshShop()
    const dataFile = join(shop, 'kehu.sqlite')
    // The backup to restore: the shop as it was, then the shop changes.
    const made = await runInHarness('backup', shop)
    expect(made.answer).toMatchObject({ ok: true })
    const backupName = (made.answer?.data as { name: string }).name
    // Each change stamps its own time (updated_at): the state before each restore is read afresh.
    const changeShop = (): string => {
      const db = new Database(dataFile)
      db.prepare(`UPDATE customers SET notes = 'changed after the backup' WHERE id % 3 = 0`).run()
      db.close()
      return readWhole(dataFile)
    }
    expect(changeShop()).not.toBe(atStart)
    const whole = await runInHarness('restore', shop, backupName)
    expect(whole.answer).toMatchObject({ ok: true })
    expect(readWhole(dataFile)).toBe(atStart)

    const outcomes = { before: 0, restored: 0 }
    let killedMidway = 0
    for (let i = 0; i < KILLS; i++) {
      const changed = changeShop()
      expect(changed).not.toBe(atStart)
      const run = await runInHarness('restore', shop, backupName, someMomentOf(whole.ms, i))
      if (run.killed) killedMidway++
      const now = readWhole(dataFile)
      expect([changed, atStart]).toContain(now)
      outcomes[now === changed ? 'before' : 'restored']++
      expectEveryBackupWhole(join(shop, 'backups'))
      // The app opens it again (a leftover staged copy is no obstacle).
      openDatabase(dataFile).db.close()
    }
    expect(killedMidway).toBeGreaterThanOrEqual(KILLS / 2)
    expect(outcomes.before + outcomes.restored).toBe(KILLS)
    expect(existsSync(dataFile)).toBe(true)
  }, 900_000)
})
