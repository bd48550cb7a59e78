import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bundledMigrations, openDatabase } from '../../src-main/db'
import { foldPhone } from '../../src-shared/domain/phone'
import { fileWith, importCsv } from '../csv/support'
import { makeTempDir } from '../support/temp-dir'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call } from './helpers'

const FULL_WIDTH = '１３８００１３８０００'

describe('foldPhone', () => {
  it.each([
    [FULL_WIDTH, '13800138000'],
    ['１３８　００１３　８０００', '138 0013 8000'],
    ['＋８６ １３８－００１３－８０００', '+86 138-0013-8000'],
    ['（０１０）８８８８－６６６６', '(010)8888-6666'],
    ['138—0013ー8000', '138-0013-8000'],
    [' +86 139 1111 2222 ', '+86 139 1111 2222'],
  ])('%s → %s (digits in ASCII, the grouping as typed)', (raw, folded) => {
    expect(foldPhone(raw)).toBe(folded)
  })
})

describe('full-width phones are stored, shown and exported in ASCII', () => {
  let backend: TestBackend
  beforeEach(() => {
    backend = openTestBackend()
  })
  afterEach(() => backend.close())

  it('folds what the form and IPC send, on create and on update', async () => {
    const { customer } = await call(backend, 'customers.create', { name: '陈大文', phone: FULL_WIDTH })
    expect(customer.phone).toBe('13800138000')
    const updated = await call(backend, 'customers.update', {
      id: customer.id,
      patch: { phone: '＋８６ １３９ １１１１ ２２２２' },
    })
    expect(updated.phone).toBe('+86 139 1111 2222')
    const row = backend.db.prepare('SELECT phone, phone_norm FROM customers WHERE id = ?').get(customer.id)
    expect(row).toEqual({ phone: '+86 139 1111 2222', phone_norm: '13911112222' })
  })

  it('folds phones of a CSV import, customers and the buyers an order file names', async () => {
    const file = fileWith(backend.dir, 'c.csv', `姓名,手机\n林小美,１３９ ００１３ ９０００\n`)
    await importCsv(backend.db, file, { kind: 'customers' })
    const orders = fileWith(
      backend.dir,
      'o.csv',
      `订单号,下单时间,客户名称,客户电话,商品名称,数量,单价\nS1,2026-01-05,周杰,＋８６ １３７ ０００ ０００１,茶,1,10\n`,
    )
    await importCsv(backend.db, orders, {
      kind: 'orders',
      mapping: {
        number: '订单号',
        orderedAt: '下单时间',
        'customer.name': '客户名称',
        'customer.phone': '客户电话',
        description: '商品名称',
        quantity: '数量',
        unitPrice: '单价',
      },
    })
    const phones = backend.db.prepare('SELECT name, phone FROM customers ORDER BY id').all()
    expect(phones).toEqual([
      { name: '林小美', phone: '139 0013 9000' },
      { name: '周杰', phone: '+86 137 000 0001' },
    ])
  })
})

describe('the phone-folding migration', () => {
  let tmp: ReturnType<typeof makeTempDir>
  beforeEach(() => {
    tmp = makeTempDir()
  })
  afterEach(() => tmp.cleanup())

  it('folds the phones stored before it, keeps their search keys and leaves updated_at alone', () => {
    const file = join(tmp.dir, 'kehu.sqlite')
    const all = bundledMigrations()
    const before = all.slice(
      0,
      all.findIndex((m) => m.name === 'customers_phone_search'),
    )
    const old = openDatabase(file, { create: true, migrations: before }).db
    const typed = [FULL_WIDTH, '＋８６ １３８－００１３　８０００', '（０１０）８８８８ー６６６６', '138 0013 8000']
    const insert = old.prepare(
      `INSERT INTO customers (name, phone, phone_norm, updated_at) VALUES (?, ?, '13800138000', '2020-01-01T00:00:00.000Z')`,
    )
    typed.forEach((phone, i) => insert.run(`客户${i}`, phone))
    old.close()

    const { db } = openDatabase(file)
    try {
      const rows = db.prepare('SELECT phone, phone_norm, updated_at FROM customers ORDER BY id').all()
      expect(rows).toEqual(
        typed.map((phone) => ({ phone: foldPhone(phone), phone_norm: '13800138000', updated_at: '2020-01-01T00:00:00.000Z' })),
      )
      const found = db.prepare(`SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '"13800138000"'`).pluck().get()
      expect(found).toBe(typed.length)
    } finally {
      db.close()
    }
  })
})
