import { describe, expect, it } from 'vitest'
import type { BackupEntry } from '../../../src-shared/ipc/channels/backups'
import { data, openShopHost } from '../../app/shop/shop-test-host'
import { closeAfterEach } from '../../support/closers'
import { manualClock } from '../../tasks/support'

const MINUTE = 60_000

describe('automatic backups', () => {
  const closing = closeAfterEach()

  it('one soon after opening, then at most one every N hours while open, and one on quit', async () => {
    const dir = closing.tempDir('kehu-auto-backup-')
    const clock = manualClock('2026-12-05T08:00:00.000Z')
    const host = openShopHost(dir, { backups: true, clock })
    let open = true
    closing.add(() => (open ? host.close() : undefined))
    const kinds = async (): Promise<string[]> =>
      (await data<BackupEntry[]>(host.dispatch('backups.list', {}))).map((b) => `${b.kind}@${b.createdAt.slice(11, 16)}`)

    expect(await kinds()).toEqual([])
    clock.advance(MINUTE)
    await expect.poll(kinds).toEqual(['auto@08:01'])

    // Within the 4 hours nothing more is made, however many checks pass.
    for (let i = 0; i < 12; i++) {
      clock.advance(15 * MINUTE)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(await kinds()).toEqual(['auto@08:01'])

    // Every 2 hours, set in Settings: the next check after 10:01 makes one.
    await data(host.dispatch('backups.setSettings', { everyHours: 2 }))
    clock.advance(15 * MINUTE)
    await expect.poll(kinds).toEqual(['auto@11:16', 'auto@08:01'])

    clock.advance(30 * MINUTE)
    await host.close()
    open = false
    const reopened = openShopHost(dir, { clock })
    closing.add(() => reopened.close())
    const after = (await data<BackupEntry[]>(reopened.dispatch('backups.list', {}))).map((b) => b.kind)
    expect(after).toEqual(['quit', 'auto', 'auto'])
  }, 60_000)

  it('an import is preceded by a backup of the file as it was', async () => {
    const dir = closing.tempDir('kehu-import-backup-')
    const { writeFileSync } = await import('node:fs')
    const csv = `${dir}/people.csv`
    writeFileSync(csv, 'name,phone\n张三,13800138000\n李四,13900139000\n')
    const host = openShopHost(dir)
    closing.add(() => host.close())
    await data(host.dispatch('customers.create', { name: '导入前的客户' }))
    host.current().ctx.dialogs.openFile = async () => csv
    const picked = await data<{ fileId: string }>(host.dispatch('csv.pick', { kind: 'customers' }))
    await data(
      host.dispatch('csv.import', { fileId: picked.fileId, jobId: crypto.randomUUID(), kind: 'customers', dryRun: false }),
    )
    const list = await data<BackupEntry[]>(host.dispatch('backups.list', {}))
    expect(list.map((b) => b.kind)).toEqual(['before-import'])
    expect(list[0].counts?.customers).toBe(1)
    expect(host.current().db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(3)
  }, 60_000)
})
