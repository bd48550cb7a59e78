import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BackupEntry, BackupComparison, RestoreResult } from '../../../src-shared/ipc/channels/backups'
import { openDatabase } from '../../../src-main/db'
import { data, openShopHost } from '../../app/shop/shop-test-host'
import { closeAfterEach } from '../../support/closers'

const NAME = '欧阳修远'
const PHONE = '13912345678'

describe('backups of an encrypted shop', () => {
  const closing = closeAfterEach()

  it('are made encrypted with the same key, compared and restored', async () => {
    const dir = closing.tempDir('kehu-encrypted-backup-')
    const dataKey = randomBytes(32)
    const host = openShopHost(dir, { dataKey })
    closing.add(() => host.close())
    await data(host.dispatch('customers.create', { name: NAME, phone: PHONE }))

    const made = await data<BackupEntry>(host.dispatch('backups.create', {}))
    expect(made).toMatchObject({ kind: 'manual', verified: true, counts: expect.objectContaining({ customers: 1 }) })
    const file = join(dir, 'backups', made.name)
    const bytes = readFileSync(file)
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
    expect(bytes.includes(Buffer.from(NAME, 'utf8')) || bytes.includes(Buffer.from(PHONE, 'utf8'))).toBe(false)
    const opened = openDatabase(file, { readonly: true, key: dataKey })
    expect(opened.encrypted).toBe(true)
    expect(opened.db.prepare('SELECT name FROM customers').pluck().all()).toEqual([NAME])
    opened.db.close()

    await data(host.dispatch('customers.create', { name: '之后的客户' }))
    const compared = await data<BackupComparison>(host.dispatch('backups.compare', { name: made.name }))
    expect(compared.tables.find((row) => row.table === 'customers')).toEqual({ table: 'customers', now: 2, then: 1 })

    const restored = await data<RestoreResult>(host.dispatch('backups.restore', { name: made.name }))
    expect(restored.restored).toBe(made.name)
    const after = host.current().db.prepare('SELECT name FROM customers').pluck().all()
    expect(after).toEqual([NAME])
    expect(readFileSync(join(dir, 'kehu.sqlite')).includes(Buffer.from(NAME, 'utf8'))).toBe(false)
  })
})
