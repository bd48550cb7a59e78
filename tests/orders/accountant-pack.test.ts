import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportToFolder } from '../../src-main/csv/export-data'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call } from '../customers/helpers'
import { sale, smallShop } from './support'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
})
afterEach(() => backend.close())

const readCsv = (path: string): string[][] => parse(readFileSync(path), { bom: true })

describe('the accountant pack lists refunds and cancellations from their records', () => {
  it('one row per record on its own day, money given back with its tax; an undone cancellation is left out', async () => {
    const shop = await smallShop(backend)
    const order = (d: string) => sale(shop.zhang.id, [[shop.beans, 2]], { orderedAt: `${d}T04:00:00.000Z`, tax: 1000 })
    const a = await call(backend, 'orders.create', order('2026-01-10'))
    const b = await call(backend, 'orders.create', order('2026-01-11'))
    const c = await call(backend, 'orders.create', order('2026-01-12'))
    await call(backend, 'orders.refund', {
      id: a.id,
      updatedAt: a.updatedAt,
      reason: '一包破损',
      lines: [{ lineId: a.lines[0].id, quantity: 1 }],
    })
    await call(backend, 'orders.cancel', { id: b.id, updatedAt: b.updatedAt, reason: '缺货' })
    const cancelled = await call(backend, 'orders.cancel', { id: c.id, updatedAt: c.updatedAt, reason: '点错了' })
    await call(backend, 'orders.undoCancel', { id: cancelled.id })

    const dir = join(backend.dir, 'pack')
    const { files } = exportToFolder(backend.db, dir, { kind: 'accountant', encoding: 'utf8bom', headers: 'keys', locale: 'en' })
    expect(files.find((f) => f.name === 'refunds-cancellations.csv')?.rows).toBe(2)
    const rows = readCsv(join(dir, 'refunds-cancellations.csv'))
    expect(rows[0]).toEqual(['date', 'number', 'kind', 'customer', 'net', 'tax', 'total', 'paymentMethod', 'reason'])
    // Refund: half of 186.00 (176.00 + 10.00 tax) = 93.00, tax 5.00; the cancellation gives back all 186.00.
    expect(rows.slice(1).map((r) => [r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]])).toEqual([
      [a.number, 'refund', '张三', '88.00', '5.00', '93.00', 'wechat', '一包破损'],
      [b.number, 'cancel', '张三', '176.00', '10.00', '186.00', 'wechat', '缺货'],
    ])
    const manifest = readCsv(join(dir, 'manifest.csv'))
    expect(manifest.find((r) => r[0] === 'refunds-cancellations.csv')?.[2]).toBe('279.00')
  })
})
