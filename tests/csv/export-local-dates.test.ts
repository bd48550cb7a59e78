import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { exportToFolder } from '../../src-main/csv/export-data'
import { listExportJob } from '../../src-main/csv/ipc/list-export-job'
import { fileWith, importCsv, openCsvTestDb } from './support'

/** 18:07 UTC on the 22nd is 02:07 on the 23rd in Shanghai: the local day differs from the UTC day. */
const ORDERS = [
  '订单号,下单时间,客户名称,客户手机,商品名称,数量,单价',
  'S1,2025-02-22T18:07:44.318Z,张三,13800138000,茶杯,2,12.50',
  'S2,2025-03-01T01:00:00Z,张三,13800138000,茶壶,1,88',
].join('\n')

const readCsv = (path: string): string[][] => parse(readFileSync(path), { bom: true })

describe('exports write local dates and date-times, and file names in the UI language when asked', () => {
  const zone = process.env.TZ
  beforeAll(() => void (process.env.TZ = 'Asia/Shanghai'))
  afterAll(() => void (zone === undefined ? delete process.env.TZ : (process.env.TZ = zone)))
  let t: ReturnType<typeof openCsvTestDb>
  beforeEach(async () => {
    t = openCsvTestDb()
    await importCsv(t.db, fileWith(t.dir, 'in.csv', ORDERS), { kind: 'orders' })
  })
  afterEach(() => t.close())

  it('the customer list writes last purchase and created as local dates, not UTC instants', async () => {
    const path = join(t.dir, 'list.csv')
    await listExportJob(t.db, {
      path,
      query: { view: 'active', sort: { column: 'name', dir: 'asc' } },
      columns: ['name', 'lastPurchaseAt', 'createdAt'],
      encoding: 'utf8bom',
      headers: 'keys',
      locale: 'en',
    })
    const [, row] = readCsv(path)
    expect(row[0]).toBe('张三')
    expect(row[1]).toBe('2025-03-01') // 09:00 in Shanghai
    expect(row[2]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('order lines carry a local date-time that re-imports to the same instant; the journal a local date', async () => {
    const dir = join(t.dir, 'out')
    exportToFolder(t.db, dir, { kind: 'accountant', encoding: 'utf8bom', headers: 'keys', locale: 'en' })
    const lines = readCsv(join(dir, 'order-lines.csv'))
    expect(lines.slice(1).map((r) => r[lines[0].indexOf('orderedAt')])).toEqual([
      '2025-02-23 02:07:44.318',
      '2025-03-01 09:00:00',
    ])
    const journal = readCsv(join(dir, 'sales-journal.csv'))
    expect(journal.slice(1).map((r) => r[0])).toEqual(['2025-02-23', '2025-03-01'])

    exportToFolder(t.db, dir, { kind: 'orders', encoding: 'utf8bom', headers: 'ui', locale: 'zh-CN' })
    const target = openCsvTestDb()
    try {
      await importCsv(target.db, join(dir, 'orders.csv'), { kind: 'orders' })
      const q = 'SELECT number, ordered_at FROM orders ORDER BY number'
      expect(target.db.prepare(q).all()).toEqual([
        { number: 'S1', ordered_at: '2025-02-22T18:07:44.318Z' },
        { number: 'S2', ordered_at: '2025-03-01T01:00:00.000Z' },
      ])
    } finally {
      target.close()
    }
  })

  it('names the accountant pack files in the UI language when asked, in English otherwise', () => {
    const zh = join(t.dir, 'zh')
    const { files } = exportToFolder(t.db, zh, {
      kind: 'accountant',
      encoding: 'utf8bom',
      headers: 'ui',
      fileNames: 'ui',
      locale: 'zh-CN',
    })
    const names = ['销售日记账.csv', '订单明细.csv', '退款与取消.csv', '客户.csv', '文件清单.csv']
    expect(files.map((f) => f.name)).toEqual(names)
    expect(readdirSync(zh).sort()).toEqual([...names].sort())
    const manifest = readCsv(join(zh, '文件清单.csv'))
    expect(manifest.slice(1).map((r) => r[0])).toEqual(names.slice(0, 4))
    const en = exportToFolder(t.db, join(t.dir, 'en'), { kind: 'customers', encoding: 'utf8bom', headers: 'ui', locale: 'zh-CN' })
    expect(en.files.map((f) => f.name)).toEqual(['customers.csv'])
  })
})
