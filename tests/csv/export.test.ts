import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportToFolder, exportToZip } from '../../src-main/csv/export-data'
import { fileWith, importCsv, openCsvTestDb } from './support'

const ORDERS = [
  '订单号,下单时间,客户编号,客户名称,货号,商品名称,数量,单价,订单状态',
  'S1,2026-01-05 10:00,M1,张三,A1,"茶杯, 白",2,12.50,已完成',
  'S1,2026-01-05 10:00,M1,张三,B2,=SUM(A1),1,0.99,已完成',
  'S2,2026-01-20 09:30,M2,李四,A1,"茶杯, 白",-1,12.50,已退款',
  'S3,2026-02-02 12:00,M1,张三,A1,"茶杯, 白",3,12.50,已完成',
].join('\r\n')

const readCsv = (path: string): string[][] => parse(readFileSync(path), { bom: true })

describe('exports', () => {
  let t: ReturnType<typeof openCsvTestDb>
  beforeEach(async () => {
    t = openCsvTestDb()
    await importCsv(t.db, fileWith(t.dir, 'orders.csv', ORDERS), { kind: 'orders' })
  })
  afterEach(() => t.close())

  it('writes the accountant pack for a month with a manifest that checks out', () => {
    const dir = join(t.dir, 'pack')
    const { files } = exportToFolder(t.db, dir, {
      kind: 'accountant',
      from: '2026-01-01',
      to: '2026-01-31',
      encoding: 'utf8bom',
      headers: 'keys',
      locale: 'en',
    })
    expect(files.map((f) => [f.name, f.rows])).toEqual([
      ['sales-journal.csv', 2],
      ['order-lines.csv', 3],
      ['refunds-cancellations.csv', 1],
      ['customers.csv', 2],
      ['manifest.csv', 4],
    ])
    const journal = readCsv(join(dir, 'sales-journal.csv'))
    expect(journal[0]).toEqual(['date', 'number', 'customer', 'net', 'tax', 'total', 'paymentMethod', 'status'])
    expect(journal.slice(1).map((r) => [r[1], r[3], r[5], r[7]])).toEqual([
      ['S1', '25.99', '25.99', 'completed'],
      ['S2', '-12.50', '-12.50', 'refunded'],
    ])
    const manifest = readCsv(join(dir, 'manifest.csv'))
    for (const [name, rows, amount, sha] of manifest.slice(1)) {
      const bytes = readFileSync(join(dir, name))
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha)
      expect(readCsv(join(dir, name)).length - 1).toBe(Number(rows))
      if (name === 'sales-journal.csv') expect(amount).toBe('13.49')
    }
    const lines = readCsv(join(dir, 'order-lines.csv'))
    expect(lines.some((r) => r.includes("'=SUM(A1)"))).toBe(true)
  })

  it('zips the pack when asked', async () => {
    const zip = join(t.dir, 'pack.zip')
    await exportToZip(t.db, zip, { kind: 'accountant', encoding: 'gb18030', headers: 'ui', locale: 'zh-CN' })
    expect(readFileSync(zip).subarray(0, 2).toString()).toBe('PK')
  })

  it('orders export re-imports into an empty database to the same lines and totals', async () => {
    // t.dir already holds the imported orders.csv: the export keeps it and takes the next name.
    const { files } = exportToFolder(t.db, t.dir, { kind: 'orders', encoding: 'gb18030', headers: 'ui', locale: 'zh-CN' })
    expect(existsSync(join(t.dir, 'orders.csv'))).toBe(true)
    const target = openCsvTestDb()
    try {
      const report = await importCsv(target.db, join(t.dir, files[0].name), { kind: 'orders' })
      expect(report).toMatchObject({ created: 4, failed: 0 })
      const q =
        'SELECT o.number, o.status, o.ordered_at, o.total, l.description, l.quantity, l.unit_price FROM orders o JOIN order_lines l ON l.order_id = o.id ORDER BY o.number, l.position'
      expect(target.db.prepare(q).all()).toEqual(t.db.prepare(q).all())
    } finally {
      target.close()
    }
  })
})
