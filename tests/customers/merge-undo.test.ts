import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, callError, insertOrder } from './helpers'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
})
afterEach(() => backend.close())

const OWNED = ['orders', 'deals', 'tickets', 'activities', 'tasks', 'survey_responses']
const MEMBERSHIPS = ['customer_tags', 'campaign_members', 'segment_members']

/** Every row that belongs to either customer, in full: what an undo must give back exactly. */
function everything(db: Database.Database, ids: number[]): Record<string, unknown[]> {
  const list = JSON.stringify(ids)
  const out: Record<string, unknown[]> = {
    customers: db.prepare('SELECT * FROM customers WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(list),
  }
  for (const table of [...OWNED, ...MEMBERSHIPS]) {
    out[table] = db
      .prepare(`SELECT * FROM ${table} WHERE customer_id IN (SELECT value FROM json_each(?)) ORDER BY 1, 2`)
      .all(list)
  }
  return out
}

/** Two records of one person, each with something the other lacks, and rows in every related table. */
async function twoRecordsOfOnePerson(): Promise<{ keep: number; dupe: number }> {
  const db = backend.db
  const keep = (
    await call(backend, 'customers.create', { name: '张三', phone: '13800138000', city: '上海', code: 'A-1', notes: 'VIP' })
  ).customer.id
  const dupe = (
    await call(backend, 'customers.create', {
      name: '张三 (微信)',
      phone: '139 0013 9000',
      email: 'zs@wx.cn',
      city: '杭州',
      code: 'WX-9',
      gender: 'male',
      notes: '喜欢绿茶',
    })
  ).customer.id
  await call(backend, 'customers.tag', { ids: [keep, dupe], tagName: 'VIP' })
  await call(backend, 'customers.tag', { ids: [dupe], tagName: '老客户' })
  insertOrder(db, keep, 10_000, '2026-01-01T00:00:00.000Z')
  insertOrder(db, dupe, 25_000, '2026-02-01T00:00:00.000Z')
  await call(backend, 'activities.add', { customerId: dupe, kind: 'call', body: '问价格' })
  const stage = Number(db.prepare(`INSERT INTO pipeline_stages (name, position) VALUES ('新线索', 1)`).run().lastInsertRowid)
  db.prepare('INSERT INTO deals (customer_id, title, stage_id, value) VALUES (?, ?, ?, ?)').run(dupe, '茶礼盒', stage, 88_800)
  db.prepare(`INSERT INTO tickets (number, customer_id, subject) VALUES ('T-1', ?, '退货')`).run(dupe)
  db.prepare(`INSERT INTO tasks (title, customer_id) VALUES ('回电话', ?)`).run(dupe)
  db.prepare(`INSERT INTO survey_responses (customer_id, kind, score, at) VALUES (?, 'nps', 9, '2026-02-02')`).run(dupe)
  const campaign = Number(db.prepare(`INSERT INTO campaigns (name) VALUES ('春节')`).run().lastInsertRowid)
  db.prepare(`INSERT INTO campaign_members (campaign_id, customer_id, contacted_at) VALUES (?, ?, '2026-01-20')`).run(
    campaign,
    dupe,
  )
  const segment = Number(db.prepare(`INSERT INTO segments (name, kind) VALUES ('手选', 'manual')`).run().lastInsertRowid)
  db.prepare('INSERT INTO segment_members (segment_id, customer_id) VALUES (?, ?), (?, ?)').run(segment, keep, segment, dupe)
  return { keep, dupe }
}

describe('merging keeps every value', () => {
  it('takes the chosen values, fills the empty ones and writes the rest into a timeline entry', async () => {
    const { keep, dupe } = await twoRecordsOfOnePerson()
    const merged = await call(backend, 'customers.merge', { keepId: keep, mergeId: dupe, choices: { phone: 'merge' } })
    expect(merged).toMatchObject({
      name: '张三',
      phone: '139 0013 9000',
      email: 'zs@wx.cn',
      gender: 'male',
      city: '上海',
      code: 'A-1',
      notes: 'VIP\n\n喜欢绿茶',
      stats: { orderCount: 2, lifetimeValue: 35_000 },
    })
    expect(merged.tags.map((t) => t.name)).toEqual(['VIP', '老客户'])
    const [entry] = await call(backend, 'customers.timeline', { customerId: keep, limit: 1 })
    expect(entry.kind).toBe('system')
    // Every value that is no longer a field of the kept customer is in the entry.
    for (const value of ['张三 (微信)', '13800138000', '杭州', 'WX-9']) expect(entry.body).toContain(value)
    expect(entry.body).toContain('orders: 1')
  })

  it('shows the merged customer in the Trash as merged into the kept one', async () => {
    const { keep, dupe } = await twoRecordsOfOnePerson()
    await call(backend, 'customers.merge', { keepId: keep, mergeId: dupe })
    const trash = await call(backend, 'customers.trash', { offset: 0, limit: 50 })
    expect(trash).toMatchObject({
      total: 1,
      rows: [{ id: dupe, name: '张三 (微信)', mergedInto: { id: keep, name: '张三' }, canUndoMerge: true }],
    })
    expect(trash.rows[0].deletedAt).toMatch(/Z$/)
    expect(backend.db.prepare('SELECT merged_into_id FROM customers WHERE id = ?').pluck().get(dupe)).toBe(keep)
  })

  it('refuses a choice for a field that cannot be chosen', async () => {
    const { keep, dupe } = await twoRecordsOfOnePerson()
    const error = await callError(backend, 'customers.merge', { keepId: keep, mergeId: dupe, choices: { notes: 'merge' } })
    expect(error.code).toBe('validation')
  })
})

describe('undoing a merge', () => {
  it('restores both customers exactly, with every moved row and membership, and audits it', async () => {
    const { keep, dupe } = await twoRecordsOfOnePerson()
    const before = everything(backend.db, [keep, dupe])
    await call(backend, 'customers.merge', {
      keepId: keep,
      mergeId: dupe,
      choices: { phone: 'merge', code: 'merge', city: 'merge' },
    })
    expect(everything(backend.db, [keep, dupe])).not.toEqual(before)

    const result = await call(backend, 'customers.undoMerge', { id: dupe })
    expect(result).toEqual({ restoredId: dupe, keptId: keep, editedSince: [] })
    expect(everything(backend.db, [keep, dupe])).toEqual(before)
    expect((await call(backend, 'customers.trash', { offset: 0, limit: 50 })).total).toBe(0)
    expect((await call(backend, 'customers.search', { query: '139 0013', limit: 5 })).map((h) => h.id)).toEqual([dupe])
    const audit = backend.db
      .prepare(`SELECT entity_id, action FROM audit_log WHERE action IN ('merge', 'undo') ORDER BY id`)
      .all()
    expect(audit).toEqual([
      { entity_id: keep, action: 'merge' },
      { entity_id: dupe, action: 'merge' },
      { entity_id: keep, action: 'undo' },
      { entity_id: dupe, action: 'undo' },
    ])
    expect(backend.events.at(-1)).toMatchObject({ event: 'data.changed' })
    const again = await callError(backend, 'customers.undoMerge', { id: dupe })
    expect(again.code).toBe('customer_merge_not_found')
  })

  it('keeps what was edited on the kept customer since the merge, and says which fields', async () => {
    const { keep, dupe } = await twoRecordsOfOnePerson()
    await call(backend, 'customers.merge', { keepId: keep, mergeId: dupe })
    await call(backend, 'customers.update', { id: keep, patch: { email: 'new@shop.cn' } })
    const orderLater = insertOrder(backend.db, keep, 5_000, '2026-03-01T00:00:00.000Z')
    const result = await call(backend, 'customers.undoMerge', { id: dupe })
    expect(result.editedSince).toEqual(['email'])
    const kept = await call(backend, 'customers.get', { id: keep })
    expect(kept).toMatchObject({ email: 'new@shop.cn', gender: null, notes: 'VIP', stats: { orderCount: 2 } })
    const back = await call(backend, 'customers.get', { id: dupe })
    expect(back).toMatchObject({ email: 'zs@wx.cn', code: 'WX-9', deletedAt: null, mergedIntoId: null })
    expect(backend.db.prepare('SELECT customer_id FROM orders WHERE id = ?').pluck().get(orderLater)).toBe(keep)
  })

  it('is refused, changing nothing, while the kept customer is in the Trash', async () => {
    const { keep, dupe } = await twoRecordsOfOnePerson()
    await call(backend, 'customers.merge', { keepId: keep, mergeId: dupe })
    await call(backend, 'customers.delete', { ids: [keep] })
    const before = everything(backend.db, [keep, dupe])
    const error = await callError(backend, 'customers.undoMerge', { id: dupe })
    expect(error).toMatchObject({ code: 'customer_merge_undo_keep_deleted' })
    expect(error.message).toContain('张三')
    expect(everything(backend.db, [keep, dupe])).toEqual(before)
  })

  it('names who took the code since, rather than failing inside', async () => {
    const { keep, dupe } = await twoRecordsOfOnePerson()
    await call(backend, 'customers.merge', { keepId: keep, mergeId: dupe })
    await call(backend, 'customers.create', { name: '王五', code: 'WX-9' })
    const error = await callError(backend, 'customers.undoMerge', { id: dupe })
    expect(error).toMatchObject({ code: 'customer_code_taken', params: { code: 'WX-9', name: '王五' } })
  })
})

describe('merging marketing consent', () => {
  async function twoRecords(): Promise<{ keep: number; dupe: number }> {
    const keep = (await call(backend, 'customers.create', { name: '李四', phone: '13700137000' })).customer.id
    const dupe = (await call(backend, 'customers.create', { name: '李四 (店内)', phone: '13600136000' })).customer.id
    return { keep, dupe }
  }
  const consentOf = (id: number) => call(backend, 'consent.get', { customerId: id })

  it('keeps the stricter answer: a refusal and do-not-contact on the merged record reach the kept one', async () => {
    const { keep, dupe } = await twoRecords()
    await call(backend, 'consent.set', { ids: [keep], patch: { consent: 'yes', on: '2026-01-05', source: 'form' } })
    await call(backend, 'consent.set', {
      ids: [dupe],
      patch: { consent: 'no', on: '2026-03-01', source: 'verbal', doNotContact: true, wechatId: 'lisi_88' },
    })
    await call(backend, 'customers.merge', { keepId: keep, mergeId: dupe })
    expect(await consentOf(keep)).toEqual({
      customerId: keep,
      consent: 'no',
      on: '2026-03-01',
      source: 'verbal',
      doNotContact: true,
      wechatId: 'lisi_88',
    })
  })

  it('takes a consent over "unknown", and leaves a kept refusal as it is', async () => {
    const a = await twoRecords()
    await call(backend, 'consent.set', { ids: [a.dupe], patch: { consent: 'yes', on: '2026-02-01', source: 'wechat' } })
    await call(backend, 'customers.merge', { keepId: a.keep, mergeId: a.dupe })
    expect(await consentOf(a.keep)).toMatchObject({ consent: 'yes', on: '2026-02-01', source: 'wechat', doNotContact: false })

    const b = await twoRecords()
    await call(backend, 'consent.set', { ids: [b.keep], patch: { consent: 'no', on: '2026-01-01', source: 'in_store' } })
    await call(backend, 'consent.set', { ids: [b.dupe], patch: { consent: 'yes', on: '2026-04-01', source: 'form' } })
    await call(backend, 'customers.merge', { keepId: b.keep, mergeId: b.dupe })
    expect(await consentOf(b.keep)).toMatchObject({ consent: 'no', on: '2026-01-01', source: 'in_store' })
  })

  it('is undone with the merge, unless the consent was changed since', async () => {
    const { keep, dupe } = await twoRecords()
    await call(backend, 'consent.set', { ids: [dupe], patch: { doNotContact: true } })
    const before = everything(backend.db, [keep, dupe])
    await call(backend, 'customers.merge', { keepId: keep, mergeId: dupe })
    expect(await consentOf(keep)).toMatchObject({ doNotContact: true })
    await call(backend, 'customers.undoMerge', { id: dupe })
    expect(everything(backend.db, [keep, dupe])).toEqual(before)

    await call(backend, 'customers.merge', { keepId: keep, mergeId: dupe })
    await call(backend, 'consent.set', { ids: [keep], patch: { consent: 'no', on: '2026-05-05', source: 'verbal' } })
    await call(backend, 'customers.undoMerge', { id: dupe })
    expect(await consentOf(keep)).toMatchObject({ consent: 'no', on: '2026-05-05', doNotContact: true })
  })
})
