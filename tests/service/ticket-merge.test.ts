import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, callError, customer, openTicket, serviceCounts, useShanghaiHours } from './support/service-backend'

let backend: TestBackend
beforeEach(async () => {
  backend = openTestBackend()
  await useShanghaiHours(backend)
})
afterEach(() => backend.close())

/** Every event row with where it is and where it came from, by id. */
const eventRows = () =>
  backend.db.prepare('SELECT id, ticket_id, origin_ticket_id, kind, status, body, at FROM ticket_events ORDER BY id').all()

describe('merging two tickets', () => {
  it('moves everything onto the kept ticket, marks the other, and the undo puts every row back', async () => {
    const c = await customer(backend, '陈晓')
    const kept = await openTicket(backend, '2026-03-02T09:00:00+08:00', { customerId: c, subject: '快递太慢' })
    const dup = await openTicket(backend, '2026-03-02T09:20:00+08:00', { customerId: c, subject: '还没收到货' })
    await call(backend, 'tickets.note', { id: dup.id, body: '同一个订单', at: '2026-03-02T09:25:00+08:00' })
    await call(backend, 'tickets.reply', { id: dup.id, body: '已催快递', channel: 'phone', at: '2026-03-02T09:40:00+08:00' })
    await call(backend, 'activities.add', { customerId: c, kind: 'call', body: '客户来电' })
    const activity = backend.db.prepare('SELECT id FROM activities ORDER BY id DESC').pluck().get() as number
    backend.db.prepare('UPDATE activities SET ticket_id = ? WHERE id = ?').run(dup.id, activity)
    const before = eventRows()

    const { mergeId, ticket } = await call(backend, 'tickets.merge', { keepId: kept.id, mergeId: dup.id })
    // Lossless: the merged ticket's opening, note and reply are on the kept ticket, marked with where they came from.
    const moved = ticket.events.filter((e) => e.from?.id === dup.id).map((e) => [e.kind, e.body])
    expect(moved).toEqual([
      ['opened', ''],
      ['note', '同一个订单'],
      ['replied', '已催快递'],
    ])
    expect(ticket.events.some((e) => e.kind === 'merged' && e.ref?.id === dup.id)).toBe(true)
    expect(ticket.merges).toEqual([{ id: mergeId, merged: { id: dup.id, number: dup.number }, at: expect.any(String) }])
    // The reply written on the duplicate answered the customer: the kept ticket's first response is met by it.
    expect(ticket.sla.firstResponse.metAt).toBe(new Date('2026-03-02T09:40:00+08:00').toISOString())
    expect(backend.db.prepare('SELECT ticket_id FROM activities WHERE id = ?').pluck().get(activity)).toBe(kept.id)
    const merged = await call(backend, 'tickets.get', { id: dup.id })
    expect(merged.mergedInto).toEqual({ id: kept.id, number: kept.number })
    const queue = await call(backend, 'tickets.queue', { offset: 0, limit: 50 })
    expect(queue.rows.map((r) => r.number)).toEqual([kept.number])
    // A merged ticket takes no more writes.
    expect((await callError(backend, 'tickets.note', { id: dup.id, body: 'x' })).code).toBe('ticket_merged')

    const restored = await call(backend, 'tickets.unmerge', { mergeId })
    expect(restored.merges).toEqual([])
    expect(eventRows()).toEqual(before)
    expect(backend.db.prepare('SELECT ticket_id FROM activities WHERE id = ?').pluck().get(activity)).toBe(dup.id)
    expect((await call(backend, 'tickets.get', { id: dup.id })).mergedInto).toBeNull()
    expect((await call(backend, 'tickets.get', { id: kept.id })).sla.firstResponse.metAt).toBeNull()
    expect((await call(backend, 'tickets.queue', { offset: 0, limit: 50 })).total).toBe(2)
    expect((await callError(backend, 'tickets.unmerge', { mergeId })).code).toBe('ticket_merge_undone')
    const audit = backend.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'ticket' AND action IN ('merge', 'undo')")
      .pluck()
      .all()
    expect(audit).toEqual(['merge', 'undo'])
  })

  it('refuses tickets of two customers, a ticket into itself, and changes nothing', async () => {
    const a = await openTicket(backend, '2026-03-02T09:00:00+08:00', { customerId: await customer(backend) })
    const b = await openTicket(backend, '2026-03-02T09:00:00+08:00', { customerId: await customer(backend) })
    const counts = serviceCounts(backend.db)
    const error = await callError(backend, 'tickets.merge', { keepId: a.id, mergeId: b.id })
    expect(error).toMatchObject({ code: 'ticket_merge_other_customer' })
    expect(error.message).toContain(a.number)
    expect(await callError(backend, 'tickets.merge', { keepId: a.id, mergeId: a.id })).toMatchObject({
      code: 'validation',
      issues: [{ path: 'mergeId', message: 'A ticket cannot be merged into itself.' }],
    })
    expect(serviceCounts(backend.db)).toEqual(counts)
  })
})
