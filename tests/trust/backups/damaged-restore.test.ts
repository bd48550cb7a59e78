import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BackupEntry, RestoreResult } from '../../../src-shared/ipc/channels/backups'
import { checkFileIntegrity } from '../../../src-main/db/integrity/check-file'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { data, openShopHost } from '../../app/shop/shop-test-host'
import { closeAfterEach } from '../../support/closers'
import { damagePages } from './support/damage-pages'

describe('the damaged-file screen’s “restore the newest good backup”', () => {
  const closing = closeAfterEach()

  it('restores the newest checked backup over a really damaged file, keeps the damaged one, and the shop works again', async () => {
    const dir = closing.tempDir('kehu-damaged-restore-')
    const file = join(dir, 'kehu.sqlite')
    const first = openShopHost(dir)
    generateShop(first.current().db, { customers: 2000, orders: 6000, seed: 5, locale: 'zh-CN', asOf: '2026-06-30' })
    const older = await data<BackupEntry>(first.dispatch('backups.create', {}))
    await data(first.dispatch('customers.create', { name: '最新备份里的客户' }))
    const newest = await data<BackupEntry>(first.dispatch('backups.create', {}))
    const customersInNewest = newest.counts?.customers
    expect(customersInNewest).toBe((older.counts?.customers ?? 0) + 1)
    await data(first.dispatch('customers.create', { name: '备份之后的客户' }))
    await first.close()

    damagePages(file)
    expect(checkFileIntegrity(file).status).toBe('corrupt')
    const host = openShopHost(dir)
    closing.add(() => host.close())
    expect((await host.current().integrity.settled).status).toBe('corrupt')
    expect(await host.dispatch('customers.create', { name: 'x' })).toMatchObject({ ok: false, error: { code: 'db_corrupt' } })

    // What the screen offers: the newest backup that passed its check.
    const offered = (await data<BackupEntry[]>(host.dispatch('backups.list', {}))).find((backup) => backup.verified)
    expect(offered?.name).toBe(newest.name)
    const restored = await data<RestoreResult>(host.dispatch('backups.restore', { name: newest.name }))
    expect(restored.undoName).toMatch(/^kehu-damaged-/)

    expect(checkFileIntegrity(file)).toEqual({ status: 'ok' })
    const served = host.current()
    expect((await served.integrity.settled).status).toBe('ok')
    const count = (sql: string, ...params: unknown[]) =>
      served.db
        .prepare(sql)
        .pluck()
        .get(...params) as number
    expect(count('SELECT count(*) FROM customers')).toBe(customersInNewest)
    expect(count('SELECT count(*) FROM customers WHERE name = ?', '最新备份里的客户')).toBe(1)
    expect(count('SELECT count(*) FROM customers WHERE name = ?', '备份之后的客户')).toBe(0)
    await data(host.dispatch('customers.create', { name: '恢复之后的客户' }))

    // The damaged file is kept, listed as not good, and never offered as the newest good backup.
    const after = await data<BackupEntry[]>(host.dispatch('backups.list', {}))
    expect(after.find((backup) => backup.name === restored.undoName)).toMatchObject({ kind: 'damaged', verified: false })
    expect(after.find((backup) => backup.verified)?.name).toBe(newest.name)
  }, 120_000)
})
