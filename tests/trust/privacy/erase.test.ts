import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { call, callError } from '../../customers/helpers'
import { books, customerWithHistory, fileHolds, PERSON } from '../support/customer-history'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
})
afterEach(() => backend.close())

const count = (sql: string, ...params: unknown[]): number =>
  backend.db
    .prepare(sql)
    .pluck()
    .get(...params) as number
const identity = [PERSON.name, PERSON.phone, PERSON.email, PERSON.wechat, PERSON.address]

describe('erasing a customer on request (privacy.erase)', () => {
  it('keeps the books and removes everything that says who they were', async () => {
    const ann = await customerWithHistory(backend)
    const before = books(backend)
    const preview = await call(backend, 'privacy.preview', { id: ann.id })
    expect(preview).toEqual({
      name: PERSON.name,
      merged: 0,
      orders: 2,
      deals: 1,
      tickets: 1,
      surveyResponses: 1,
      activities: 1,
      tasks: 1,
      tags: 1,
      segments: 1,
      campaigns: 1,
      auditRows: count(`SELECT count(*) FROM audit_log WHERE entity = 'customer' AND entity_id = ?`, ann.id),
    })

    expect(await call(backend, 'privacy.erase', { id: ann.id, confirm: true })).toEqual({
      erased: 1,
      ordersKept: 2,
      dealsKept: 1,
    })

    expect(books(backend)).toEqual(before)
    expect(count('SELECT count(*) FROM orders WHERE customer_id IS NULL')).toBe(2)
    expect(count('SELECT count(*) FROM customers')).toBe(0)
    for (const table of ['activities', 'tasks', 'customer_tags', 'segment_members', 'campaign_members', 'customer_sales']) {
      expect(count(`SELECT count(*) FROM ${table}`), table).toBe(0)
    }
    expect(backend.db.prepare('SELECT subject, body, customer_id FROM tickets').get()).toEqual({
      subject: '*** 的咖啡机漏水',
      body: '',
      customer_id: null,
    })
    expect(backend.db.prepare(`SELECT DISTINCT body FROM ticket_events`).pluck().all()).toEqual([''])
    expect(backend.db.prepare('SELECT comment, customer_id FROM survey_responses').get()).toEqual({
      comment: '',
      customer_id: null,
    })
    expect(backend.db.prepare('SELECT title, customer_id FROM deals').get()).toEqual({
      title: '*** 办公室咖啡',
      customer_id: null,
    })
    expect(backend.db.prepare('SELECT notes FROM orders ORDER BY id').pluck().all()).toEqual(['送到***', ''])
    // Nothing left in any table's text: every row of every table, as JSON.
    const tables = backend.db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'customers_fts%'`)
      .pluck()
      .all() as string[]
    for (const table of tables) {
      const text = JSON.stringify(backend.db.prepare(`SELECT * FROM "${table}"`).all())
      for (const word of identity) expect(text.includes(word), `${table} holds ${word}`).toBe(false)
    }
    // The search finds nothing, and the log says an erasure happened, with no one named.
    for (const view of ['active', 'trash'] as const) {
      const list = await call(backend, 'customers.list', {
        view,
        query: 'Quixotic',
        sort: { column: 'name', dir: 'asc' },
        offset: 0,
        limit: 10,
      })
      expect(list.total).toBe(0)
    }
    expect(count(`SELECT count(*) FROM customers_fts WHERE customers_fts MATCH '"Quixotic"'`)).toBe(0)
    const last = backend.db.prepare('SELECT entity, entity_id, action, after FROM audit_log ORDER BY id DESC LIMIT 1').get()
    expect(last).toEqual({
      entity: 'customer',
      entity_id: ann.id,
      action: 'delete',
      after: JSON.stringify({ erased: true, orders: 2, deals: 1 }),
    })
    expect(backend.events.at(-1)).toMatchObject({ event: 'data.changed' })
  })

  it('leaves none of their bytes in the data file or its WAL', async () => {
    const ann = await customerWithHistory(backend)
    backend.db.pragma('wal_checkpoint(TRUNCATE)')
    for (const word of identity) expect(fileHolds(backend, word), word).toBe(true)
    await call(backend, 'privacy.erase', { id: ann.id, confirm: true })
    backend.db.close()
    for (const word of identity) expect(fileHolds(backend, word), word).toBe(false)
  })

  it('erases the customers merged into them, and leaves another customer of the same name alone', async () => {
    const ann = await customerWithHistory(backend)
    const shell = (await call(backend, 'customers.create', { name: '欧阳娜娜', phone: '13900001111' })).customer
    await call(backend, 'customers.merge', { keepId: ann.id, mergeId: shell.id })
    const namesake = (await call(backend, 'customers.create', { name: PERSON.name, phone: '13700002222' })).customer
    const namesakeLog = backend.db
      .prepare(`SELECT before, after FROM audit_log WHERE entity_id = ? AND entity = 'customer'`)
      .all(namesake.id)

    expect((await call(backend, 'privacy.preview', { id: ann.id })).merged).toBe(1)
    expect(await call(backend, 'privacy.erase', { id: ann.id, confirm: true })).toMatchObject({ erased: 2 })
    expect(backend.db.prepare('SELECT id FROM customers').pluck().all()).toEqual([namesake.id])
    expect(
      backend.db.prepare(`SELECT before, after FROM audit_log WHERE entity_id = ? AND entity = 'customer'`).all(namesake.id),
    ).toEqual(namesakeLog)
    expect(
      count(`SELECT count(*) FROM audit_log WHERE instr(coalesce(after, '') || coalesce(before, ''), '13900001111') > 0`),
    ).toBe(0)
  })

  it('refuses an unknown customer or a call without the confirmation, changing nothing', async () => {
    const ann = await customerWithHistory(backend)
    const rows = count('SELECT count(*) FROM audit_log')
    expect(await callError(backend, 'privacy.erase', { id: ann.id + 100, confirm: true })).toMatchObject({
      code: 'customer_not_found',
    })
    expect(await callError(backend, 'privacy.erase', { id: ann.id })).toMatchObject({ code: 'validation' })
    expect(await callError(backend, 'privacy.preview', { id: ann.id + 100 })).toMatchObject({ code: 'customer_not_found' })
    expect(count('SELECT count(*) FROM audit_log')).toBe(rows)
    expect(count('SELECT count(*) FROM customers')).toBe(1)
  })
})
