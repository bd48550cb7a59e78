import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, callError, insertOrder } from './helpers'

let backend: TestBackend
let ann: number
let ben: number
beforeEach(async () => {
  backend = openTestBackend()
  ann = (await call(backend, 'customers.create', { name: 'Ann', city: '杭州', source: '门店' })).customer.id
  ben = (await call(backend, 'customers.create', { name: 'Ben', city: '上海', source: '门店' })).customer.id
})
afterEach(() => backend.close())

describe('tags', () => {
  it('creates a tag by name once (case-blind), counts usage, untags', async () => {
    expect(await call(backend, 'customers.tag', { ids: [ann, ben], tagName: 'VIP' })).toEqual({ count: 2 })
    expect(await call(backend, 'customers.tag', { ids: [ann], tagName: 'vip' })).toEqual({ count: 0 })
    const [vip] = await call(backend, 'tags.list', {})
    expect(vip).toMatchObject({ name: 'VIP', usage: 2 })
    expect(await call(backend, 'customers.untag', { ids: [ann], tagId: vip.id })).toEqual({ count: 1 })
    expect(await call(backend, 'customers.untag', { ids: [ann], tagName: 'never made' })).toEqual({ count: 0 })
    await call(backend, 'customers.delete', { ids: [ben] })
    expect(await call(backend, 'tags.list', {})).toEqual([{ id: vip.id, name: 'VIP', color: null, usage: 0 }])
    expect((await callError(backend, 'customers.tag', { ids: [ann], tagId: 999 })).code).toBe('tag_not_found')
  })

  it('lists cities and sources of live customers for the filters', async () => {
    expect(await call(backend, 'customers.facets', {})).toEqual({ cities: ['上海', '杭州'], sources: ['门店'] })
  })

  it('lists each city and source once, sorted, without blanks or customers in Trash', async () => {
    const carl = (await call(backend, 'customers.create', { name: 'Carl', city: '北京', source: '抖音' })).customer.id
    await call(backend, 'customers.create', { name: 'Dee', city: '杭州' })
    await call(backend, 'customers.create', { name: 'Eve' })
    expect(await call(backend, 'customers.facets', {})).toEqual({ cities: ['上海', '北京', '杭州'], sources: ['抖音', '门店'] })
    await call(backend, 'customers.delete', { ids: [carl] })
    expect(await call(backend, 'customers.facets', {})).toEqual({ cities: ['上海', '杭州'], sources: ['门店'] })
  })

  it('counts a tag on customers in Trash out and back in when they are restored', async () => {
    await call(backend, 'customers.tag', { ids: [ann, ben], tagName: 'VIP' })
    await call(backend, 'customers.tag', { ids: [ben], tagName: '老客' })
    await call(backend, 'customers.delete', { ids: [ben] })
    const usage = async () => (await call(backend, 'tags.list', {})).map((t) => [t.name, t.usage])
    expect(await usage()).toEqual([
      ['VIP', 1],
      ['老客', 0],
    ])
    await call(backend, 'customers.restore', { ids: [ben] })
    expect(await usage()).toEqual([
      ['VIP', 2],
      ['老客', 1],
    ])
  })
})

describe('timeline and orders', () => {
  it('merges logged activities with purchases from orders, newest first, paged by time', async () => {
    const order = insertOrder(backend.db, ann, 12_300, '2026-03-01T08:00:00.000Z')
    await call(backend, 'activities.add', { customerId: ann, kind: 'call', body: '问新茶', at: '2026-03-02T09:00:00+08:00' })
    await call(backend, 'activities.add', { customerId: ann, kind: 'visit', body: '到店', at: '2026-02-01T10:00:00Z' })
    const all = await call(backend, 'customers.timeline', { customerId: ann, limit: 10 })
    expect(all.map((a) => [a.kind, a.at])).toEqual([
      ['call', '2026-03-02T01:00:00.000Z'],
      ['purchase', '2026-03-01T08:00:00.000Z'],
      ['visit', '2026-02-01T10:00:00.000Z'],
    ])
    expect(all[1]).toMatchObject({ key: `o:${order}`, order: { id: order, total: 12_300, status: 'completed' } })
    const older = await call(backend, 'customers.timeline', { customerId: ann, before: all[1].at, limit: 10 })
    expect(older.map((a) => a.kind)).toEqual(['visit'])
    expect(backend.events.at(-1)).toEqual({ event: 'data.changed', payload: { entities: ['activities'] } })
  })

  it('lists a customer’s orders with line counts, and refuses activities on trashed customers', async () => {
    const first = insertOrder(backend.db, ann, 5_000, '2026-01-01T00:00:00.000Z')
    insertOrder(backend.db, ann, 7_000, '2026-01-05T00:00:00.000Z', 'cancelled')
    backend.db
      .prepare(`INSERT INTO order_lines (order_id, quantity, unit_price, line_total) VALUES (?, 1, 5000, 5000), (?, 2, 0, 0)`)
      .run(first, first)
    const { rows, total } = await call(backend, 'customers.orders', { customerId: ann, offset: 0, limit: 10 })
    expect(total).toBe(2)
    expect(rows.map((o) => [o.status, o.total, o.lineCount])).toEqual([
      ['cancelled', 7_000, 0],
      ['completed', 5_000, 2],
    ])
    await call(backend, 'customers.delete', { ids: [ben] })
    expect((await callError(backend, 'activities.add', { customerId: ben, kind: 'note', body: 'x' })).code).toBe(
      'customer_not_found',
    )
  })
})

describe('stats kept by triggers on orders', () => {
  it('follows inserts, edits, status changes, moves and deletes of orders', async () => {
    const stats = async (id: number) => (await call(backend, 'customers.get', { id })).stats
    const o1 = insertOrder(backend.db, ann, 10_000, '2026-01-01T00:00:00.000Z')
    insertOrder(backend.db, ann, 20_001, '2026-02-01T00:00:00.000Z')
    insertOrder(backend.db, ann, 99_999, '2026-03-01T00:00:00.000Z', 'cancelled')
    expect(await stats(ann)).toEqual({
      lifetimeValue: 30_001,
      orderCount: 2,
      lastPurchaseAt: '2026-02-01T00:00:00.000Z',
      averageOrder: 15_001,
    })
    backend.db.prepare(`UPDATE orders SET status = 'refunded' WHERE id = ?`).run(o1)
    expect((await stats(ann)).lifetimeValue).toBe(20_001)
    backend.db.prepare('UPDATE orders SET customer_id = ? WHERE customer_id = ?').run(ben, ann)
    expect(await stats(ann)).toEqual({ lifetimeValue: 0, orderCount: 0, lastPurchaseAt: null, averageOrder: 0 })
    expect((await stats(ben)).orderCount).toBe(1)
    backend.db.prepare('DELETE FROM orders').run()
    expect((await stats(ben)).orderCount).toBe(0)
  })
})
