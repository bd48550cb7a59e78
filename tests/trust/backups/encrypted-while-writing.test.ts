import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src-main/db'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { copyVerified } from '../../../src-main/trust/backups/copy-verified'
import { openBackupFile } from '../../../src-main/trust/backups/open-backup-file'
import { closeAfterEach } from '../../support/closers'

/**
 * Another thread writes the shop while it is backed up, as the app's main connection does while
 * the backup worker copies: each of its transactions adds one customer and that customer's
 * audit row (so a copy from a moment in time has as many of each), with checkpoints every 100
 * pages (so the file itself changes while copies run). Plain JavaScript: a worker thread cannot
 * load the TypeScript sources; the three key pragmas are those of src-main/db/cipher.ts.
 */
const WRITER = `
const { workerData } = require('node:worker_threads')
const Database = require(workerData.module)
const committed = new Int32Array(workerData.shared)
const db = new Database(workerData.file)
db.pragma("cipher = 'sqlcipher'")
db.pragma('legacy = 4')
db.pragma(\`key = "x'\${workerData.key}'"\`)
db.pragma('wal_autocheckpoint = 100')
const customer = db.prepare('INSERT INTO customers (name, notes) VALUES (?, ?)')
const audit = db.prepare("INSERT INTO audit_log (entity, entity_id, action) VALUES ('customer', ?, 'create')")
const write = db.transaction((i) => audit.run(customer.run('Writer-' + i, 'note '.repeat(300) + i).lastInsertRowid))
const pause = new Int32Array(new SharedArrayBuffer(4))
for (let i = 0; Atomics.load(committed, 1) === 0; i++) {
  write(i)
  Atomics.store(committed, 0, i + 1)
  Atomics.wait(pause, 0, 0, 1)
}
db.close()
`

describe('an encrypted shop backed up while another connection writes', () => {
  const closing = closeAfterEach()

  it('gets copies from one moment each: counts that match, quick_check ok, no plaintext', async () => {
    const dir = closing.tempDir('kehu-backup-while-writing-')
    const file = join(dir, 'kehu.sqlite')
    const key = randomBytes(32)
    const main = openDatabase(file, { create: true, key }).db
    closing.add(() => void main.close())
    generateShop(main, { customers: 3000, orders: 9000, seed: 5, locale: 'zh-CN', asOf: '2026-06-30' })
    const seeded = main.prepare('SELECT count(*) FROM customers').pluck().get() as number
    const seededName = main.prepare('SELECT name FROM customers LIMIT 1').pluck().get() as string

    const committed = new Int32Array(new SharedArrayBuffer(8))
    const module = createRequire(import.meta.url).resolve('better-sqlite3')
    const writer = new Worker(WRITER, {
      eval: true,
      workerData: { module, file, key: key.toString('hex'), shared: committed.buffer },
    })
    const stopped = new Promise((resolve, reject) => writer.once('exit', resolve).once('error', reject))
    closing.add(() => {
      Atomics.store(committed, 1, 1)
      return stopped
    })
    while (Atomics.load(committed, 0) < 50) await new Promise((resolve) => setTimeout(resolve, 20))

    for (const round of [1, 2, 3]) {
      const dest = join(dir, 'backups', `kehu-manual-${round}.sqlite`)
      const before = Atomics.load(committed, 0)
      const manifest = await copyVerified({ source: file, dest, check: 'quick', key: key.toString('hex') })
      const after = Atomics.load(committed, 0)

      const copy = openBackupFile(dest, { readonly: true, key: key.toString('hex') })
      const names = copy.prepare("SELECT name FROM customers WHERE name LIKE 'Writer-%'").pluck().all() as string[]
      const audited = copy.prepare("SELECT count(*) FROM audit_log WHERE entity = 'customer' AND action = 'create'").pluck().get()
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok')
      copy.close()
      // Whole transactions only, and the first `names.length` of them: one moment of the writer's.
      expect(audited).toBe(names.length)
      expect(new Set(names)).toEqual(new Set(names.map((_, i) => `Writer-${i}`)))
      expect(names.length).toBeGreaterThanOrEqual(before)
      expect(names.length).toBeLessThanOrEqual(after)
      expect(manifest).toMatchObject({ verified: true, counts: expect.objectContaining({ customers: seeded + names.length }) })

      const bytes = readFileSync(dest)
      expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
      expect(bytes.includes(Buffer.from('Writer-', 'utf8')) || bytes.includes(Buffer.from(seededName, 'utf8'))).toBe(false)
    }
  }, 120_000)
})
