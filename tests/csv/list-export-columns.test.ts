import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CUSTOMER_LIST_COLUMNS } from '../../src-shared/ipc/channels/customer-schemas'
import type { ExportResult } from '../../src-shared/ipc/channels/csv-export'
import type { ImportAnalysis } from '../../src-shared/ipc/channels/csv-import'
import { ok, openImportBackend, type ImportBackend } from './backend-support'

const LONG_NOTE = `喜欢绿茶，\n${'每月初来店里补货。'.repeat(40)}`

describe('the customer list export writes every column the list can show', () => {
  let backend: ImportBackend
  beforeEach(async () => {
    backend = openImportBackend()
    const { customer } = await ok<{ customer: { id: number } }>(backend, 'customers.create', {
      name: '王芳',
      phone: '+86 139 1111 2222',
      email: 'wangfang@example.cn',
      code: 'VIP-007',
      gender: 'female',
      birthday: '1990-04-01',
      address: '西湖区文三路 90 号',
      city: '杭州',
      source: '门店',
      notes: LONG_NOTE,
    })
    await ok(backend, 'customers.tag', { ids: [customer.id], tagName: '老客' })
  })
  afterEach(() => backend.close())

  const exportAll = async (headers: 'ui' | 'keys'): Promise<string[][]> => {
    const path = join(backend.dir, `all-${headers}.csv`)
    backend.dialogs.queue('saveFile', path)
    const result = await ok<ExportResult>(backend, 'csv.exportList', {
      list: 'customers',
      query: { view: 'active', sort: { column: 'name', dir: 'asc' } },
      columns: [...CUSTOMER_LIST_COLUMNS],
      headers,
    })
    expect(result.files[0].rows).toBe(1)
    return parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { relaxColumnCount: false }) as string[][]
  }

  it('in the UI language: email, code, gender as shown, whole notes, every field named as the list names it', async () => {
    await ok(backend, 'settings.set', { locale: 'zh-CN' })
    const [header, row] = await exportAll('ui')
    expect(header).toEqual([
      '姓名',
      '客户编号',
      '电话',
      '邮箱',
      '性别',
      '生日',
      '城市',
      '地址',
      '来源',
      '标签',
      '备注',
      '订单数',
      '累计消费',
      '最近购买',
      '创建时间',
      '更新时间',
    ])
    const cell = (name: string): string => row[header.indexOf(name)]
    expect(cell('邮箱')).toBe('wangfang@example.cn')
    expect(cell('客户编号')).toBe('VIP-007')
    expect(cell('性别')).toBe('女')
    expect(cell('电话')).toBe("'+86 139 1111 2222") // the formula guard's quote: Excel shows text
    expect(cell('地址')).toBe('西湖区文三路 90 号')
    expect(cell('备注')).toBe(LONG_NOTE)
    expect(cell('标签')).toBe('老客')
  })

  it('with stable keys: values as stored, and the importer maps every field column back', async () => {
    const [header, row] = await exportAll('keys')
    expect(header).toEqual([...CUSTOMER_LIST_COLUMNS])
    expect(row[header.indexOf('gender')]).toBe('female')

    const file = join(backend.dir, 'all-keys.csv')
    backend.dialogs.queue('openFile', file)
    const analysis = await ok<ImportAnalysis>(backend, 'csv.pick', { kind: 'customers' })
    for (const field of ['name', 'code', 'phone', 'email', 'gender', 'birthday', 'city', 'address', 'source', 'notes'])
      expect(analysis.mapping[field], field).toBe(field)
  })
})
