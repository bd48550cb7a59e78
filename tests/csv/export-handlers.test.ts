import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ExportResult } from '../../src-shared/ipc/channels/csv-export'
import { ok, openImportBackend, type ImportBackend } from './backend-support'

describe('exports.* through the real registrar', () => {
  let backend: ImportBackend
  beforeEach(async () => {
    backend = openImportBackend()
    for (const [name, phone, city] of [
      ['张三', '13800138000', '上海'],
      ['=HYPERLINK("x")', '13900139000', '上海'],
      ['李四', '13700137000', '北京'],
    ]) {
      await ok(backend, 'customers.create', { name, phone, city })
    }
  })
  afterEach(() => backend.close())

  it('exports the customer list as filtered, sorted and with the visible columns', async () => {
    const path = join(backend.dir, 'list.csv')
    backend.dialogs.queue('saveFile', path)
    const result = await ok<ExportResult>(backend, 'csv.exportList', {
      list: 'customers',
      query: { view: 'active', city: '上海', sort: { column: 'phone', dir: 'desc' } },
      columns: ['name', 'phone', 'lifetimeValue'],
    })
    expect(result.files).toEqual([expect.objectContaining({ name: 'list.csv', rows: 2 })])
    expect(readFileSync(path, 'utf8').split('\r\n')).toEqual([
      '\uFEFFName,Phone,Lifetime value',
      `"'=HYPERLINK(""x"")",13900139000,0.00`,
      '张三,13800138000,0.00',
      '',
    ])
  })

  it('writes the accountant pack as a zip where the user chose, and nothing when cancelled', async () => {
    const zip = join(backend.dir, 'pack.zip')
    backend.dialogs.queue('saveFile', zip)
    const result = await ok<ExportResult>(backend, 'csv.export', {
      kind: 'accountant',
      from: '2026-01-01',
      to: '2026-03-31',
      zip: true,
    })
    expect(result.files.map((f) => f.name)).toEqual([
      'sales-journal.csv',
      'order-lines.csv',
      'refunds-cancellations.csv',
      'customers.csv',
      'manifest.csv',
    ])
    expect(readFileSync(zip).subarray(0, 2).toString()).toBe('PK')
    backend.dialogs.queue('chooseFolder', null)
    expect(await ok(backend, 'csv.export', { kind: 'customers' })).toBeNull()
  })

  it('exports customers into the chosen folder in GB18030 with stable keys', async () => {
    backend.dialogs.queue('chooseFolder', backend.dir)
    const result = await ok<ExportResult>(backend, 'csv.export', { kind: 'customers', encoding: 'gb18030', headers: 'keys' })
    expect(result.files).toEqual([expect.objectContaining({ name: 'customers.csv', rows: 3 })])
    expect(existsSync(join(backend.dir, 'customers.csv'))).toBe(true)
    expect(readFileSync(join(backend.dir, 'customers.csv')).includes(Buffer.from([0xd5, 0xc5, 0xc8, 0xfd]))).toBe(true) // 张三 in GBK
  })
})
