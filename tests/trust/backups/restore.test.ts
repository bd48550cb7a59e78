import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BackupEntry, RestoreResult } from '../../../src-shared/ipc/channels/backups'
import { generateShop } from '../../../src-main/seed/generate-shop'
import type { ShopHost } from '../../../src-main/app/shop/shop-host'
import { data, openShopHost } from '../../app/shop/shop-test-host'
import { databaseHash } from '../../support/database-hash'
import { closeAfterEach } from '../../support/closers'

const named = (host: ShopHost, name: string): number =>
  host.current().db.prepare('SELECT count(*) FROM customers WHERE name = ?').pluck().get(name) as number

describe('Restore, and its undo', () => {
  const closing = closeAfterEach()

  it('puts the backup’s data back through a closed and reopened backend; restoring the copy it made first undoes it', async () => {
    const dir = closing.tempDir('kehu-restore-')
    const host = openShopHost(dir)
    closing.add(() => host.close())
    generateShop(host.current().db, { customers: 200, orders: 600, seed: 3, locale: 'zh-CN', asOf: '2026-06-30' })
    const atBackup = databaseHash(host.current().db)
    const backup = await data<BackupEntry>(host.dispatch('backups.create', {}))

    await data(host.dispatch('customers.create', { name: '备份之后的客户' }))
    const changed = databaseHash(host.current().db)
    expect(changed).not.toBe(atBackup)

    const before = host.current()
    const restored = await data<RestoreResult>(host.dispatch('backups.restore', { name: backup.name }))
    expect(host.current()).not.toBe(before) // the old backend closed, a new one serves the file
    expect(before.db.open).toBe(false)
    expect(databaseHash(host.current().db)).toBe(atBackup)
    const names = (await data<BackupEntry[]>(host.dispatch('backups.list', {}))).map((b) => b.name)
    expect(names).toContain(restored.undoName)
    expect(restored.undoName).toMatch(/^kehu-before-restore-/)
    expect(named(host, '备份之后的客户')).toBe(0)

    await data<RestoreResult>(host.dispatch('backups.restore', { name: restored.undoName }))
    expect(databaseHash(host.current().db)).toBe(changed)
    expect(named(host, '备份之后的客户')).toBe(1)
    // Nothing left beside the data file: no staged copy.
    expect(readdirSync(dir).filter((name) => name.includes('restoring'))).toEqual([])
    expect(existsSync(join(dir, 'kehu.sqlite'))).toBe(true)
  }, 60_000)

  it('a damaged backup is refused before anything changes', async () => {
    const dir = closing.tempDir('kehu-restore-bad-')
    const host = openShopHost(dir)
    closing.add(() => host.close())
    const backup = await data<BackupEntry>(host.dispatch('backups.create', {}))
    const { openSync, writeSync, closeSync, statSync } = await import('node:fs')
    const file = join(dir, 'backups', backup.name)
    const fd = openSync(file, 'r+')
    const size = statSync(file).size
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.max(4096, size - 8192)) // a page of garbage
    closeSync(fd)
    const serving = host.current()
    const before = databaseHash(serving.db)
    const answer = await host.dispatch('backups.restore', { name: backup.name })
    expect(answer).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(backup_check_failed|db_corrupt)$/) } })
    expect(host.current()).toBe(serving)
    expect(databaseHash(serving.db)).toBe(before)
  }, 60_000)
})
