import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, callError, insertOrder, tableCounts } from './helpers'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
})
afterEach(() => backend.close())

const list = (view: 'active' | 'trash') =>
  call(backend, 'customers.list', { view, sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 50 })

describe('customers.delete / restore', () => {
  it('moves customers to the Trash and back, counting only real changes, with audit rows', async () => {
    const a = (await call(backend, 'customers.create', { name: 'Ann' })).customer.id
    const b = (await call(backend, 'customers.create', { name: 'Ben' })).customer.id
    expect(await call(backend, 'customers.delete', { ids: [a, b, 999] })).toEqual({ count: 2 })
    expect(await call(backend, 'customers.delete', { ids: [a] })).toEqual({ count: 0 })
    expect((await list('active')).total).toBe(0)
    const trash = await list('trash')
    expect(trash.rows.map((r) => r.name)).toEqual(['Ann', 'Ben'])
    expect(trash.rows.every((r) => r.deletedAt !== null)).toBe(true)
    expect(await call(backend, 'customers.search', { query: 'ann', limit: 5 })).toEqual([])

    expect(await call(backend, 'customers.restore', { ids: [a] })).toEqual({ count: 1 })
    expect((await list('active')).rows.map((r) => r.name)).toEqual(['Ann'])
    const audit = backend.db
      .prepare(`SELECT entity_id, action FROM audit_log WHERE action IN ('delete', 'restore') ORDER BY id`)
      .all()
    expect(audit).toEqual([
      { entity_id: a, action: 'delete' },
      { entity_id: b, action: 'delete' },
      { entity_id: a, action: 'restore' },
    ])
  })
})

describe('customers.merge', () => {
  it('moves everything to the kept customer in one go and fills its empty fields', async () => {
    const db = backend.db
    const keep = (await call(backend, 'customers.create', { name: '张三', phone: '13800138000', notes: 'VIP' })).customer.id
    const dupe = (
      await call(backend, 'customers.create', {
        name: '张三 (微信)',
        email: 'zs@example.cn',
        city: '杭州',
        code: 'WX-9',
        notes: '喜欢绿茶',
      })
    ).customer.id
    await call(backend, 'customers.tag', { ids: [keep, dupe], tagName: 'VIP' })
    await call(backend, 'customers.tag', { ids: [dupe], tagName: '老客户' })
    insertOrder(db, keep, 10_000, '2026-01-01T00:00:00.000Z')
    const movedOrder = insertOrder(db, dupe, 25_000, '2026-02-01T00:00:00.000Z')
    await call(backend, 'activities.add', { customerId: dupe, kind: 'call', body: '问价格' })
    const stage = Number(db.prepare(`INSERT INTO pipeline_stages (name, position) VALUES ('新线索', 1)`).run().lastInsertRowid)
    db.prepare('INSERT INTO deals (customer_id, title, stage_id, value) VALUES (?, ?, ?, ?)').run(dupe, '茶礼盒', stage, 88_800)
    db.prepare(`INSERT INTO tickets (number, customer_id, subject) VALUES ('T-1', ?, '退货')`).run(dupe)
    db.prepare(`INSERT INTO tasks (title, customer_id) VALUES ('回电话', ?)`).run(dupe)
    db.prepare(`INSERT INTO survey_responses (customer_id, kind, score, at) VALUES (?, 'nps', 9, '2026-02-02')`).run(dupe)
    const campaign = Number(db.prepare(`INSERT INTO campaigns (name) VALUES ('春节')`).run().lastInsertRowid)
    db.prepare('INSERT INTO campaign_members (campaign_id, customer_id) VALUES (?, ?)').run(campaign, dupe)
    const segment = Number(db.prepare(`INSERT INTO segments (name, kind) VALUES ('手选', 'manual')`).run().lastInsertRowid)
    db.prepare('INSERT INTO segment_members (segment_id, customer_id) VALUES (?, ?), (?, ?)').run(segment, keep, segment, dupe)

    const merged = await call(backend, 'customers.merge', { keepId: keep, mergeId: dupe })
    expect(merged).toMatchObject({
      name: '张三',
      phone: '13800138000',
      email: 'zs@example.cn',
      city: '杭州',
      code: 'WX-9',
      notes: 'VIP\n\n喜欢绿茶',
      stats: { lifetimeValue: 35_000, orderCount: 2, averageOrder: 17_500 },
      openDeals: [{ title: '茶礼盒', value: 88_800, stageName: '新线索' }],
      openTickets: [{ number: 'T-1', subject: '退货' }],
    })
    expect(merged.tags.map((t) => t.name)).toEqual(['VIP', '老客户'])
    for (const table of [
      'orders',
      'deals',
      'tickets',
      'activities',
      'tasks',
      'survey_responses',
      'customer_tags',
      'campaign_members',
      'segment_members',
    ]) {
      const left = db.prepare(`SELECT count(*) FROM ${table} WHERE customer_id = ?`).pluck().get(dupe)
      expect(left, table).toBe(0)
    }
    expect(db.prepare('SELECT count(*) FROM segment_members WHERE customer_id = ?').pluck().get(keep)).toBe(1)
    const gone = db.prepare('SELECT deleted_at, merged_into_id, code, order_count FROM customers WHERE id = ?').get(dupe)
    expect(gone).toMatchObject({ merged_into_id: keep, code: null, order_count: 0 })
    expect((gone as { deleted_at: string | null }).deleted_at).not.toBeNull()
    // Merged rows are not "deleted by the user": not in the Trash, and restore leaves them.
    expect((await list('trash')).total).toBe(0)
    expect(await call(backend, 'customers.restore', { ids: [dupe] })).toEqual({ count: 0 })

    const audit = db.prepare(`SELECT entity_id, before FROM audit_log WHERE action = 'merge' ORDER BY id`).all() as {
      entity_id: number
      before: string
    }[]
    expect(audit.map((a) => a.entity_id)).toEqual([keep, dupe])
    expect(JSON.parse(audit[0].before).moved.orders).toEqual([movedOrder])
  })

  it('refuses to merge a customer from the Trash and changes nothing', async () => {
    const keep = (await call(backend, 'customers.create', { name: 'Ann' })).customer.id
    const other = (await call(backend, 'customers.create', { name: 'Ann B' })).customer.id
    await call(backend, 'customers.delete', { ids: [other] })
    const before = tableCounts(backend.db)
    const error = await callError(backend, 'customers.merge', { keepId: keep, mergeId: other })
    expect(error).toMatchObject({ code: 'customer_merge_deleted' })
    expect(tableCounts(backend.db)).toEqual(before)
  })
})
