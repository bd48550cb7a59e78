import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src-main/db'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { settingsFile } from '../../../src-main/trust/backups/backup-settings'
import { databaseHash } from '../../support/database-hash'
import { makeTempDir } from '../../support/temp-dir'

const ROOT = resolve(__dirname, '../../..')
const VITE_NODE = join(ROOT, 'node_modules/.bin/vite-node')
const CHILD = join(__dirname, 'support/operation-child.ts')

/** Mounting a small file system needs a user namespace (`unshare -rm`); where the machine forbids it the test skips. */
const canMount =
  spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt'], { stdio: 'ignore' }).status === 0
if (!canMount) console.warn('full-disk backup test skipped: this machine does not allow mounting a tmpfs (unshare -rm)')

const hashOf = (file: string): string => {
  const db = new Database(file, { readonly: true })
  try {
    return databaseHash(db)
  } finally {
    db.close()
  }
}

/**
 * Backup now onto a backups folder that is a 1 MB tmpfs (a nearly full USB stick), in a child
 * process with its own mount namespace: `disk_full` in words, the data file as it was, and
 * nothing left on the stick — no half copy, no manifest.
 */
describe.skipIf(!canMount)('a full disk during a backup', () => {
  const temp = makeTempDir('kehu-backup-full-')
  const shop = join(temp.dir, 'shop')
  const stick = join(temp.dir, 'stick')
  const dataFile = join(shop, 'kehu.sqlite')
  beforeAll(() => {
    mkdirSync(shop)
    mkdirSync(stick)
    const { db } = openDatabase(dataFile, { create: true })
    generateShop(db, { customers: 1_500, orders: 6_000, seed: 5, locale: 'en', asOf: '2026-06-30' })
    db.close()
    writeFileSync(settingsFile(dataFile), JSON.stringify({ folder: stick, everyHours: 4 }))
  }, 120_000)
  afterAll(() => temp.cleanup())

  it('is disk_full, translated, loses nothing and leaves nothing half-made', () => {
    const before = hashOf(dataFile)
    const script = `mount -t tmpfs -o size=1m tmpfs "$1" && cd "$2" && "$3" "$4" -- backup "$5"; code=$?; echo "left:$(ls -A "$1" | tr '\\n' ' ')"; exit $code`
    const run = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', stick, ROOT, VITE_NODE, CHILD, shop], {
      encoding: 'utf8',
      timeout: 240_000,
    })
    const done = run.stdout.split('\n').find((line) => line.startsWith('done '))
    expect(done, run.stderr).toBeDefined()
    const answer = JSON.parse(done!.slice(5)) as { ok: boolean; error: { code: string; message: string } }
    expect(answer).toMatchObject({ ok: false, error: { code: 'disk_full' } })
    expect(answer.error.message).toMatch(/is full: this needs about/)
    expect(answer.error.message).toContain('Nothing was changed')
    const left = run.stdout.split('\n').find((line) => line.startsWith('left:'))
    expect(left?.trim()).toBe('left:')
    expect(hashOf(dataFile)).toBe(before)
  }, 300_000)
})
