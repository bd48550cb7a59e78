import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeTransaction } from '../../src-main/db'
import { bulkOrderWriter } from '../../src-main/orders/write'
import { addCampaignMember, insertCampaign } from '../../src-main/marketing/write'
import { insertTicket } from '../../src-main/service/write'
import { insertTask } from '../../src-main/tasks/write'
import { describeKept, type UndoResult } from '../../src-shared/domain/import-undo'
import { translate } from '../../src-shared/i18n'
import type { IpcResult } from '../../src-shared/ipc'
import { databaseHash } from '../support/database-hash'
import { ok, openImportBackend, type ImportBackend } from './backend-support'
import { fileWith, importCsv } from './support'

const CUSTOMERS = '姓名,手机\n张三,13800138000\n李四,13900139000\n王五,13700137000\n'
const ORDERS_OF_THEM = '订单号,下单时间,手机,货号,数量,单价\nS1,2026-03-01 10:00,13800138000,A1,1,9.90\n'

describe('undoing an import never deletes what the owner did since', () => {
  let b: ImportBackend
  beforeEach(() => (b = openImportBackend()))
  afterEach(() => b.close())

  const importText = async (name: string, text: string, kind: 'customers' | 'orders' | 'products') =>
    (await importCsv(b.db, fileWith(b.dir, name, text), { kind })).importId!
  const idOf = (name: string): number => b.db.prepare('SELECT id FROM customers WHERE name = ?').pluck().get(name) as number
  const names = (): string[] => b.db.prepare('SELECT name FROM customers ORDER BY id').pluck().all() as string[]
  const undo = (importId: number) => b.dispatch('csv.undo', { importId }) as Promise<IpcResult<UndoResult>>
  const status = (importId: number) => b.db.prepare('SELECT status FROM imports WHERE id = ?').pluck().get(importId)

  it('keeps a customer with a logged call and one with a tag, removes the rest, and says which and why', async () => {
    const importId = await importText('a.csv', CUSTOMERS, 'customers')
    await ok(b, 'activities.add', { customerId: idOf('张三'), kind: 'call', body: '想要新品目录' })
    await ok(b, 'customers.tag', { ids: [idOf('李四')], tagName: 'VIP' })

    const result = await ok<UndoResult>(b, 'csv.undo', { importId })
    expect(result).toEqual({
      removed: 1,
      restored: 0,
      kept: [
        { table: 'customers', id: idOf('张三'), name: '张三', holds: [{ table: 'activities', count: 1 }] },
        { table: 'customers', id: idOf('李四'), name: '李四', holds: [{ table: 'customer_tags', count: 1 }] },
      ],
    })
    expect(names()).toEqual(['张三', '李四'])
    expect(b.db.prepare('SELECT body FROM activities').pluck().all()).toEqual(['想要新品目录'])
    expect(b.db.prepare('SELECT count(*) FROM customer_tags').pluck().get()).toBe(1)
    expect(status(importId)).toBe('undone')
    expect(describeKept(result.kept!, (key, params) => translate('en', key, params))).toBe(
      '张三 (calls and notes: 1); 李四 (tags: 1)',
    )
    const audit = b.db.prepare(`SELECT entity, entity_id, after FROM audit_log WHERE action = 'undo'`).get() as { after: string }
    expect(audit).toMatchObject({ entity: 'import', entity_id: importId })
    expect(JSON.parse(audit.after)).toMatchObject({ removed: 1, kept: [{ table: 'customers' }, { table: 'customers' }] })
  })

  it('keeps imported customers taking part in a merge, either way, so the merge stays whole', async () => {
    const old = (await ok<{ customer: { id: number } }>(b, 'customers.create', { name: '老王', phone: '13600136000' })).customer
      .id
    const importId = await importText('a.csv', CUSTOMERS, 'customers')
    await ok(b, 'customers.merge', { keepId: old, mergeId: idOf('张三') }) // an imported one merged into an old one
    const late = (await ok<{ customer: { id: number } }>(b, 'customers.create', { name: '孙七', email: 'sun@example.com' }))
      .customer.id
    await ok(b, 'customers.merge', { keepId: idOf('李四'), mergeId: late }) // a new one merged into an imported one

    const result = await ok<UndoResult>(b, 'csv.undo', { importId })
    expect(result.removed).toBe(1)
    expect(result.kept).toEqual([
      { table: 'customers', id: idOf('张三'), name: '张三', holds: [{ table: 'mergedInto', count: 1 }] },
      { table: 'customers', id: idOf('李四'), name: '李四', holds: [{ table: 'customers', count: 1 }] },
    ])
    const merged = b.db.prepare('SELECT name, merged_into_id FROM customers WHERE merged_into_id IS NOT NULL ORDER BY id').all()
    expect(merged).toEqual([
      { name: '张三', merged_into_id: old },
      { name: '孙七', merged_into_id: idOf('李四') },
    ])
    expect(names()).not.toContain('王五')
  })

  it('refuses while a later import builds on its customers, naming it, and changes nothing', async () => {
    const customers = await importText('客户.csv', CUSTOMERS, 'customers')
    const orders = await importText('订单.csv', ORDERS_OF_THEM, 'orders')
    const before = databaseHash(b.db)
    expect(await undo(customers)).toMatchObject({
      ok: false,
      error: {
        code: 'import_undo_later_import',
        params: { imports: '订单.csv', count: 1, list: '张三' },
        message: expect.stringContaining('Undo that import first'),
      },
    })
    expect(databaseHash(b.db)).toBe(before)
    expect(await ok(b, 'csv.undo', { importId: orders })).toEqual({ removed: 2, restored: 0 }) // the order and its new product
    expect(await ok(b, 'csv.undo', { importId: customers })).toEqual({ removed: 3, restored: 0 })
    expect(names()).toEqual([])
  })

  it('refuses while a later orders import uses its products', async () => {
    const products = await importText('products.csv', 'SKU,Name,Price\nA1,Tea cup,9.90\nB2,Saucer,4.00\n', 'products')
    await importText('orders.csv', ORDERS_OF_THEM, 'orders')
    const before = databaseHash(b.db)
    const refused = await undo(products)
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'import_undo_later_import', params: { imports: 'orders.csv', list: 'A1' } },
    })
    expect(databaseHash(b.db)).toBe(before)
  })

  it('keeps what the owner’s orders, tasks, tickets and campaigns point at, up the chain', async () => {
    const customers = await importText('a.csv', CUSTOMERS + '赵六,13500135000\n', 'customers')
    writeTransaction(b.db, (db) => {
      const line = { position: 0, productId: null, description: 'tea', quantity: 1, unitPrice: 990 }
      bulkOrderWriter(db).insertOrder(orderOf('HAND-1', idOf('张三')), [line])
    })
    insertTask(b.db, { title: 'Call back', customerId: idOf('李四') })
    insertTicket(b.db, { number: 'T-1', subject: 'Broken cup', customerId: idOf('王五') })
    addCampaignMember(b.db, { campaignId: insertCampaign(b.db, { name: 'Spring' }), customerId: idOf('赵六') })
    expect((await ok<UndoResult>(b, 'csv.undo', { importId: customers })).kept?.map((k) => [k.name, k.holds])).toEqual([
      ['张三', [{ table: 'orders', count: 1 }]],
      ['李四', [{ table: 'tasks', count: 1 }]],
      ['王五', [{ table: 'tickets', count: 1 }]],
      ['赵六', [{ table: 'campaign_members', count: 1 }]],
    ])

    // An order the import made, with a ticket opened on it since: the order stays, and so do the
    // customer and the product it names.
    const orders = await importText('o.csv', ORDERS_OF_THEM.replace('13800138000', '13300133000'), 'orders')
    const order = b.db.prepare(`SELECT id, customer_id FROM orders WHERE number = 'S1'`).get() as {
      id: number
      customer_id: number
    }
    insertTicket(b.db, { number: 'T-2', subject: 'Late', orderId: order.id })
    const result = await ok<UndoResult>(b, 'csv.undo', { importId: orders })
    expect(result.removed).toBe(0)
    expect(result.kept?.map((k) => [k.table, k.name, k.holds])).toEqual([
      ['orders', 'S1', [{ table: 'tickets', count: 1 }]],
      ['products', 'A1', [{ table: 'orders', count: 1 }]],
      ['customers', '13300133000', [{ table: 'orders', count: 1 }]],
    ])
    expect(b.db.prepare('SELECT count(*) FROM order_lines WHERE order_id = ?').pluck().get(order.id)).toBe(1)
  })

  it('a reference nobody anticipated is named: kept when it can be matched, refused (never "internal") when not', async () => {
    const importId = await importText('a.csv', CUSTOMERS, 'customers')
    b.db.exec(`CREATE TABLE cards (id INTEGER PRIMARY KEY, customer_uid TEXT REFERENCES customers (uid))`)
    b.db.prepare('INSERT INTO cards (customer_uid) SELECT uid FROM customers WHERE name = ?').run('张三')
    b.db.exec(`CREATE UNIQUE INDEX customers_id_uid ON customers (id, uid)`)
    b.db.exec(`CREATE TABLE loyalty (customer_id INTEGER, customer_uid TEXT,
      FOREIGN KEY (customer_id, customer_uid) REFERENCES customers (id, uid))`)
    b.db.prepare('INSERT INTO loyalty SELECT id, uid FROM customers WHERE name = ?').run('李四')
    const before = databaseHash(b.db)
    const refused = await undo(importId)
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'import_undo_blocked',
        message: 'This import cannot be undone: 李四 (loyalty: 1) is still used by other records. Nothing was changed.',
      },
    })
    expect(databaseHash(b.db)).toBe(before)
    b.db.exec('DELETE FROM loyalty')
    expect(await ok(b, 'csv.undo', { importId })).toEqual({
      removed: 2,
      restored: 0,
      kept: [{ table: 'customers', id: idOf('张三'), name: '张三', holds: [{ table: 'cards', count: 1 }] }],
    })
  })
})

function orderOf(number: string, customerId: number) {
  return {
    number,
    customerId,
    orderedAt: '2026-03-02T02:00:00.000Z',
    status: 'completed',
    channel: null,
    paymentMethod: null,
    campaignId: null,
    discount: 0,
    tax: 0,
    notes: '',
  }
}
