import { spawnSync } from 'node:child_process'
import { mkdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kehu, STACK } from '../cli/support'
import { databaseHash } from '../support/database-hash'
import { makeTempDir } from '../support/temp-dir'
import { canMountTmpfs, cannotMountWarning } from '../support/user-namespace'
import { customersFile } from '../workers/support/customers-file'

const ROOT = resolve(__dirname, '../..')
const VITE_NODE = join(ROOT, 'node_modules/.bin/vite-node')

if (!canMountTmpfs) console.warn(cannotMountWarning('the full-disk import test'))

const hashOf = (file: string): string => {
  const db = new Database(file, { readonly: true })
  try {
    return databaseHash(db)
  } finally {
    db.close()
  }
}

/**
 * Issue 15 §4: the shop's data file lives on a volume that fills up during an import — a real
 * tmpfs a little larger than the file, in a private mount namespace, with `kehu import` (the
 * real import code) running on it in a child process in a Chinese locale. The import answers
 * the translated disk_full error with no stack trace, and the file left on that volume (data
 * file and WAL, copied out before the volume goes) opens, passes the integrity check and holds
 * exactly what it held before.
 */
describe.skipIf(!canMountTmpfs)('an import onto a disk that fills up', () => {
  const temp = makeTempDir('kehu-import-full-disk-')
  const shop = join(temp.dir, 'shop', 'kehu.sqlite')
  const mnt = join(temp.dir, 'mnt')
  const leftOver = join(temp.dir, 'left-over')
  let csv: string
  beforeAll(async () => {
    for (const dir of [join(temp.dir, 'shop'), mnt, leftOver]) mkdirSync(dir)
    expect(await kehu('import', 'customers', customersFile(temp.dir, 2_000), '--db', shop)).toMatchObject({ code: 0 })
    csv = customersFile(join(temp.dir, 'shop'), 10_000)
  }, 120_000)
  afterAll(() => temp.cleanup())

  it('is disk_full, in words, and loses nothing', () => {
    const before = hashOf(shop)
    // Room for the file, its WAL index and a few pages: far less than 10,000 customers need.
    const size = Math.ceil((statSync(shop).size + 96 * 1024) / 4096) * 4096
    const script = [
      `mount -t tmpfs -o size=${size} tmpfs "$1" || exit 90`,
      'cp "$2" "$1/kehu.sqlite"',
      'cd "$3" && "$4" src-main/cli/kehu.ts -- import customers "$5" --db "$1/kehu.sqlite"; code=$?',
      'cp "$1"/kehu.sqlite* "$6"/',
      'exit $code',
    ].join('\n')
    const run = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', mnt, shop, ROOT, VITE_NODE, csv, leftOver], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, LC_ALL: 'zh_CN.UTF-8' },
    })
    const answer = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
      ok: boolean
      error?: { code: string; message: string }
    }
    expect(run.status, run.stderr).toBe(1)
    expect(answer).toMatchObject({ ok: false, error: { code: 'disk_full' } })
    expect(answer.error?.message).toMatch(/磁盘已满.*未做任何更改/)
    expect(run.stderr).not.toMatch(STACK)

    const left = join(leftOver, 'kehu.sqlite')
    const db = new Database(left)
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      db.close()
    }
    expect(hashOf(left)).toBe(before)
  }, 150_000)
})
