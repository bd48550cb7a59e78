import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { insertOrder } from '../customers/helpers'
import { call, callError, customer, openTicket, serviceCounts, useShanghaiHours } from './support/service-backend'

let backend: TestBackend
beforeEach(async () => {
  backend = openTestBackend()
  await useShanghaiHours(backend)
})
afterEach(() => backend.close())

describe('bad input and stale edits change nothing', () => {
  it('refuses a stale version with stale_edit, in the UI language', async () => {
    const t = await openTicket(backend, '2026-03-02T09:00:00+08:00')
    const seen = t.updatedAt
    await call(backend, 'tickets.update', { id: t.id, expectedUpdatedAt: seen, patch: { subject: '咖啡机漏水（已拍照）' } })
    const counts = serviceCounts(backend.db)
    const stale = await callError(backend, 'tickets.setStatus', { id: t.id, status: 'resolved', expectedUpdatedAt: seen })
    expect(stale).toMatchObject({ code: 'stale_edit', params: { what: t.number } })
    expect(stale.message).toBe(
      'This record changed since you opened it. Nothing was saved: look at the current version and try again.',
    )
    await call(backend, 'settings.set', { locale: 'zh-CN' })
    const zh = await callError(backend, 'tickets.update', { id: t.id, expectedUpdatedAt: seen, patch: { priority: 'high' } })
    expect(zh.message).toBe('此记录在您打开后已被更改。未保存任何内容：请查看最新内容后再试。')
    expect(serviceCounts(backend.db)).toEqual({ ...counts, audit_log: counts.audit_log + 1 }) // + the language change
  })

  it('refuses impossible moves, times out of order or in the future, and unknown records', async () => {
    const t = await openTicket(backend, '2026-03-02T09:00:00+08:00')
    const closed = await call(backend, 'tickets.setStatus', {
      id: t.id,
      status: 'closed',
      at: '2026-03-02T12:00:00+08:00',
      expectedUpdatedAt: t.updatedAt,
    })
    const counts = serviceCounts(backend.db)
    expect(
      await callError(backend, 'tickets.setStatus', { id: t.id, status: 'pending', expectedUpdatedAt: closed.updatedAt }),
    ).toMatchObject({
      code: 'ticket_bad_transition',
    })
    expect(await callError(backend, 'tickets.note', { id: t.id, body: '补记', at: '2026-03-02T11:00:00+08:00' })).toMatchObject({
      code: 'ticket_event_too_early',
      params: { last: new Date('2026-03-02T12:00:00+08:00').toISOString() },
    })
    expect(await callError(backend, 'tickets.note', { id: t.id, body: '补记', at: '2099-01-01T00:00:00Z' })).toMatchObject({
      code: 'ticket_event_future',
    })
    expect(await callError(backend, 'tickets.get', { id: 999 })).toMatchObject({ code: 'ticket_not_found' })
    expect(await callError(backend, 'tickets.note', { id: t.id, body: '   ' })).toMatchObject({ code: 'validation' })
    expect(await callError(backend, 'tickets.reply', { id: t.id, body: 'x', channel: 'fax' })).toMatchObject({
      code: 'validation',
    })
    // The same status again is no change at all: no event, no audit row.
    await call(backend, 'tickets.setStatus', { id: t.id, status: 'closed', expectedUpdatedAt: closed.updatedAt })
    expect(serviceCounts(backend.db)).toEqual(counts)
  })

  it('creates a customer on the spot in the same transaction, and refuses an order of someone else', async () => {
    const buyer = await customer(backend, '赵六')
    const order = insertOrder(backend.db, buyer, 1200, '2026-03-01T02:00:00.000Z')
    const viaOrder = await openTicket(backend, '2026-03-02T09:00:00+08:00', { kind: 'complaint', orderId: order })
    expect(viaOrder).toMatchObject({ kind: 'complaint', customer: { id: buyer, name: '赵六' }, order: { id: order } })
    const created = await openTicket(backend, '2026-03-02T09:00:00+08:00', {
      newCustomer: { name: '孙七', phone: '139 1111 2222' },
    })
    expect(created.customer).toMatchObject({ name: '孙七', phone: '139 1111 2222' })
    const counts = serviceCounts(backend.db)
    expect(
      await callError(backend, 'tickets.create', {
        kind: 'complaint',
        priority: 'high',
        subject: 'x',
        orderId: order,
        newCustomer: { name: '周八' },
      }),
    ).toMatchObject({ code: 'ticket_order_customer_mismatch' })
    expect(
      await callError(backend, 'tickets.create', {
        kind: 'complaint',
        priority: 'high',
        subject: 'x',
        customerId: buyer,
        newCustomer: { name: '周八' },
      }),
    ).toMatchObject({ issues: [{ path: 'customerId', message: 'Choose an existing customer or create a new one, not both.' }] })
    expect(
      await callError(backend, 'tickets.create', {
        kind: 'complaint',
        priority: 'high',
        subject: 'x',
        newCustomer: { name: '周八', phone: 'abc' },
      }),
    ).toMatchObject({ code: 'validation' })
    expect(serviceCounts(backend.db)).toEqual(counts)
  })

  it('writes an audit row for every write', async () => {
    const t = await openTicket(backend, '2026-03-02T09:00:00+08:00', { customerId: await customer(backend) })
    await call(backend, 'tickets.reply', { id: t.id, body: '好的', channel: 'in_person' })
    await call(backend, 'tickets.note', { id: t.id, body: '内部备注' })
    const d = await call(backend, 'tickets.get', { id: t.id })
    await call(backend, 'tickets.setStatus', { id: t.id, status: 'resolved', expectedUpdatedAt: d.updatedAt })
    const rows = backend.db
      .prepare("SELECT entity, action FROM audit_log WHERE entity IN ('ticket', 'survey_request') ORDER BY id")
      .raw()
      .all()
    expect(rows).toEqual([
      ['ticket', 'create'],
      ['ticket', 'update'],
      ['ticket', 'update'],
      ['ticket', 'update'],
      ['survey_request', 'create'],
    ])
  })
})
