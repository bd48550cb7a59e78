import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kehu, STACK } from '../cli/support'
import { databaseHash } from '../support/database-hash'
import { makeTempDir } from '../support/temp-dir'
import { harnessBuilt, startBuiltHarness } from '../support/built-harness'
import type { ImportAnalysis } from '../../src-shared/ipc/channels/csv-import'
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

  it('through `kehu import`, is disk_full in words and loses nothing', () => {
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

  it.skipIf(!harnessBuilt)(
    'in the app (its import worker), is disk_full in words; the app keeps working and the file is as before',
    async () => {
      const before = hashOf(shop)
      const appLeftOver = join(temp.dir, 'left-over-app')
      mkdirSync(appLeftOver)
      const size = Math.ceil((statSync(shop).size + 160 * 1024) / 4096) * 4096
      // The harness runs on a data folder on the small volume; SIGTERM reaches it, and once it has
      // shut down the file and its WAL are copied out before the volume goes.
      const script = [
        `mount -t tmpfs -o size=${size} tmpfs "$1" || exit 90`,
        'cp "$2" "$1/kehu.sqlite"',
        'shift 2',
        '"$@" & pid=$!',
        "trap 'kill -TERM $pid' TERM",
        'wait $pid; wait $pid; code=$?',
        `cp "${mnt}"/kehu.sqlite* "${appLeftOver}"/`,
        'exit $code',
      ].join('\n')
      const harness = await startBuiltHarness(mnt, (command) => [
        'unshare',
        '-rm',
        'sh',
        '-c',
        script,
        'sh',
        mnt,
        shop,
        ...command,
      ])
      let stopped = false
      try {
        await harness.queueDialog('openFile', csv)
        const picked = await harness.invoke<ImportAnalysis>('csv.pick', { kind: 'customers' })
        if (!picked.ok) throw new Error(picked.error.message)
        const imported = await harness.invoke('csv.import', {
          fileId: picked.data.fileId,
          jobId: randomUUID(),
          kind: 'customers',
          dryRun: false,
        })
        expect(imported).toMatchObject({ ok: false, error: { code: 'disk_full' } })
        expect(!imported.ok && imported.error.message).toMatch(/is full: this needs about .* Nothing was changed/)
        const list = { view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 1 }
        expect(await harness.invoke('customers.list', list)).toMatchObject({ ok: true, data: { total: 2_000 } })
        stopped = true
        expect(await harness.stop()).toBe(0)
      } finally {
        if (!stopped) await harness.stop()
      }
      expect(hashOf(join(appLeftOver, 'kehu.sqlite'))).toBe(before)
    },
    150_000,
  )
})
