import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import type { BackupEntry, BackupStatus } from '../../../src-shared/ipc/channels/backups'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { databaseHash } from '../../support/database-hash'
import { makeTempDir } from '../../support/temp-dir'
import { openTestBackend, type TestBackend } from '../../support/test-db'

const ok = async <T>(t: TestBackend, channel: string, input: unknown = {}): Promise<T> => {
  const result = await t.dispatch(channel as never, input)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.data as T
}

const seeded = (): TestBackend => {
  const t = openTestBackend()
  generateShop(t.db, { customers: 300, orders: 900, seed: 7, locale: 'en', asOf: '2026-06-30' })
  return t
}

describe('Backup now', () => {
  const closers: (() => void)[] = []
  afterEach(() => closers.splice(0).forEach((close) => close()))

  it('makes a checked copy with the rows of the file, listed newest first, and nothing half-made beside it', async () => {
    const t = seeded()
    closers.push(t.close)
    const made = await ok<BackupEntry>(t, 'backups.create')
    expect(made).toMatchObject({ kind: 'manual', verified: true })
    const customers = t.db.prepare('SELECT count(*) FROM customers').pluck().get() as number
    const orders = t.db.prepare('SELECT count(*) FROM orders').pluck().get() as number
    expect(made.counts).toMatchObject({ customers, orders })
    expect(customers).toBeGreaterThan(0)

    const folder = join(t.dir, 'backups')
    expect(readdirSync(folder).sort()).toEqual([made.name, `${made.name}.json`])
    const copy = new Database(join(folder, made.name), { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete') // one self-contained file
    expect(databaseHash(copy)).toBe(databaseHash(t.db))
    copy.close()

    t.db.prepare(`INSERT INTO customers (name) VALUES ('After the backup')`).run()
    const second = await ok<BackupEntry>(t, 'backups.create')
    const list = await ok<BackupEntry[]>(t, 'backups.list')
    expect(list.map((b) => b.name)).toEqual([second.name, made.name])
    expect(list[0].counts?.customers).toBe(customers + 1)
    expect(JSON.stringify([list, second])).not.toContain(t.dir) // names only: paths stay in the main process
  })

  it('what would change: rows now and in the backup, per table', async () => {
    const t = seeded()
    closers.push(t.close)
    const made = await ok<BackupEntry>(t, 'backups.create')
    t.db
      .prepare(
        `DELETE FROM customers WHERE id IN (SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id IS NOT NULL) LIMIT 5)`,
      )
      .run()
    const comparison = await ok<{ tables: { table: string; now: number; then: number }[] }>(t, 'backups.compare', {
      name: made.name,
    })
    const customers = comparison.tables.find((row) => row.table === 'customers')!
    expect(customers.then - customers.now).toBe(5)
    expect(comparison.tables.find((row) => row.table === 'orders')).toMatchObject({
      now: made.counts!.orders,
      then: made.counts!.orders,
    })
  })

  it('a chosen folder that is gone is reported, the backup refused, and the folder never made anew', async () => {
    const t = seeded()
    closers.push(t.close)
    const usb = makeTempDir('kehu-usb-')
    closers.push(usb.cleanup)
    const stick = join(usb.dir, 'stick')
    mkdirSync(stick)
    t.dialogs.queue('chooseFolder', stick)
    const status = await ok<BackupStatus>(t, 'backups.chooseFolder')
    expect(status).toMatchObject({ folder: stick, folderMissing: false })
    const made = await ok<BackupEntry>(t, 'backups.create')
    expect(existsSync(join(stick, made.name))).toBe(true)

    rmSync(stick, { recursive: true })
    const refused = await t.dispatch('backups.create', {})
    expect(refused).toMatchObject({ ok: false, error: { code: 'backup_folder_missing' } })
    expect(existsSync(stick)).toBe(false)
    const after = await ok<BackupStatus>(t, 'backups.status')
    expect(after.folderMissing).toBe(true)
    expect(after.lastFailure).toMatchObject({ code: 'backup_folder_missing' })
    expect(after.lastFailure!.message).toContain(stick)

    const reset = await ok<BackupStatus>(t, 'backups.setSettings', { resetFolder: true, everyHours: 6 })
    expect(reset).toMatchObject({ folder: reset.defaultFolder, folderMissing: false, everyHours: 6 })
    await ok<BackupEntry>(t, 'backups.create')
    expect((await ok<BackupStatus>(t, 'backups.status')).lastFailure).toBeNull()
  })

  it('a name that is a path, or unknown, is refused in words and reads nothing', async () => {
    const t = openTestBackend({ osLocale: 'zh-CN' })
    closers.push(t.close)
    for (const name of ['../kehu.sqlite', '/etc/passwd.sqlite', 'a/b.sqlite', '..sqlite', 'x.db']) {
      const answer = await t.dispatch('backups.compare', { name })
      expect(answer).toMatchObject({ ok: false, error: { code: 'validation' } })
      expect((answer as { error: { message: string } }).error.message).toContain('请从列表中选择一个备份')
    }
    expect(await t.dispatch('backups.compare', { name: 'kehu-manual-20260101T000000000Z.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'backup_not_found' },
    })
  })
})
