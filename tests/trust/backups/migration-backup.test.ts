import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BackupEntry } from '../../../src-shared/ipc/channels/backups'
import { bundledMigrations, openDatabase } from '../../../src-main/db'
import { writeBackupSettings } from '../../../src-main/trust/backups/backup-settings'
import { data, openShopHost } from '../../app/shop/shop-test-host'
import { closeAfterEach } from '../../support/closers'

/** A shop one migration behind this build, with one customer. */
function oldShop(dir: string): string {
  const file = join(dir, 'kehu.sqlite')
  const old = openDatabase(file, { create: true, migrations: bundledMigrations().slice(0, -1) }).db
  old.exec(`INSERT INTO customers (name, sort_key) VALUES ('迁移前的客户', 'qianyiqian')`)
  old.close()
  return file
}

const sqliteFiles = (folder: string): string[] =>
  existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.sqlite')) : []

describe('the copy made before a migration', () => {
  const closing = closeAfterEach()

  it('goes to the backup folder the owner chose, and is listed as a backup', async () => {
    const dir = closing.tempDir('kehu-migration-backup-')
    const file = oldShop(dir)
    const chosen = join(dir, 'usb-stick')
    mkdirSync(chosen)
    writeBackupSettings(file, { folder: chosen, everyHours: 4 })

    const host = openShopHost(dir)
    closing.add(() => host.close())
    const latest = bundledMigrations().at(-1)!.version
    expect(sqliteFiles(chosen)).toEqual([expect.stringMatching(new RegExp(`^kehu-before-v${latest}-`))])
    expect(sqliteFiles(join(dir, 'backups'))).toEqual([])
    const listed = await data<BackupEntry[]>(host.dispatch('backups.list', {}))
    expect(listed.map((backup) => backup.kind)).toEqual(['before-migration'])
  })

  it('still goes beside the data file when the chosen folder is missing: the upgrade is never left without a copy', async () => {
    const dir = closing.tempDir('kehu-migration-backup-')
    const file = oldShop(dir)
    const unplugged = join(dir, 'unplugged')
    writeBackupSettings(file, { folder: unplugged, everyHours: 4 })

    const host = openShopHost(dir)
    closing.add(() => host.close())
    expect(existsSync(unplugged)).toBe(false)
    expect(sqliteFiles(join(dir, 'backups'))).toHaveLength(1)
    const status = await data<{ folderMissing: boolean }>(host.dispatch('backups.status', {}))
    expect(status.folderMissing).toBe(true)
  })
})
