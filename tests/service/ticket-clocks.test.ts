import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, customer, openTicket, storedColumns, useShanghaiHours, utc } from './support/service-backend'

let backend: TestBackend
beforeEach(async () => {
  backend = openTestBackend()
  await useShanghaiHours(backend)
})
afterEach(() => backend.close())

// 2026-03-02 is a Monday. Hours: 09:00–12:00 and 13:30–18:00 Asia/Shanghai; normal = 60 / 480 minutes.

describe('ticket clocks are derived from the event log', () => {
  it('first response stops at the first reply; resolution counts business time to the resolve', async () => {
    const c = await customer(backend)
    const opened = await openTicket(backend, '2026-03-02T09:00:00+08:00', { customerId: c })
    expect(opened.number).toBe('TK0000001')
    expect(opened.status).toBe('open')
    // Running since Monday 09:00: first response due 10:00, resolution 480 minutes later = Tuesday 09:30.
    expect(opened.sla.firstResponse.dueAt).toBe(utc('2026-03-02T10:00+08:00'))
    expect(opened.sla.resolution.dueAt).toBe(utc('2026-03-03T09:30+08:00'))
    expect(storedColumns(backend.db, opened.id).due_at).toBe(utc('2026-03-02T10:00+08:00'))

    const replied = await call(backend, 'tickets.reply', {
      id: opened.id,
      body: '您好，我们马上处理',
      channel: 'wechat',
      at: '2026-03-02T09:45:00+08:00',
    })
    expect(replied.sla.firstResponse).toMatchObject({ elapsedMinutes: 45, metAt: utc('2026-03-02T09:45+08:00'), breached: false })
    // Only the resolution clock runs now: the queue's due time moves to it.
    expect(storedColumns(backend.db, opened.id)).toMatchObject({
      first_response_at: utc('2026-03-02T09:45+08:00'),
      due_at: utc('2026-03-03T09:30+08:00'),
    })

    // A second reply changes nothing: the first answer is the one that counts.
    await call(backend, 'tickets.reply', { id: opened.id, body: '已寄出配件', channel: 'phone', at: '2026-03-02T11:00:00+08:00' })
    const resolved = await call(backend, 'tickets.setStatus', {
      id: opened.id,
      status: 'resolved',
      at: '2026-03-02T16:00:00+08:00',
      expectedUpdatedAt: (await call(backend, 'tickets.get', { id: opened.id })).updatedAt,
    })
    // 09:00–12:00 (180) + 13:30–16:00 (150): the lunch break does not count.
    expect(resolved.sla.resolution).toMatchObject({ elapsedMinutes: 330, remainingMinutes: 150, breached: false, paused: false })
    expect(resolved.sla.firstResponse.elapsedMinutes).toBe(45)
    expect(storedColumns(backend.db, opened.id)).toMatchObject({
      status: 'resolved',
      first_response_at: utc('2026-03-02T09:45+08:00'),
      resolved_at: utc('2026-03-02T16:00+08:00'),
      due_at: null,
    })
    expect(resolved.events.map((e) => [e.kind, e.status, e.channel])).toEqual([
      ['opened', null, null],
      ['replied', null, 'wechat'],
      ['replied', null, 'phone'],
      ['status', 'resolved', null],
    ])
  })

  it('the resolution clock pauses while pending and resumes when the customer answers', async () => {
    const t = await openTicket(backend, '2026-03-02T09:00:00+08:00', { customerId: await customer(backend) })
    await call(backend, 'tickets.reply', { id: t.id, body: '请发一张照片', channel: 'wechat', at: '2026-03-02T09:30:00+08:00' })
    let now = await call(backend, 'tickets.get', { id: t.id })
    const pending = await call(backend, 'tickets.setStatus', {
      id: t.id,
      status: 'pending',
      at: '2026-03-02T10:00:00+08:00',
      expectedUpdatedAt: now.updatedAt,
    })
    // Paused at 60 minutes, however long the customer takes (today is long after March).
    expect(pending.sla.resolution).toMatchObject({ elapsedMinutes: 60, paused: true, dueAt: null, breached: false })
    expect(storedColumns(backend.db, t.id)).toMatchObject({ status: 'pending', due_at: null })

    now = await call(backend, 'tickets.receive', {
      id: t.id,
      body: '照片已发',
      channel: 'wechat',
      at: '2026-03-04T10:00:00+08:00',
      expectedUpdatedAt: pending.updatedAt,
    })
    expect(now.status).toBe('open')
    expect(now.events.slice(-2).map((e) => [e.kind, e.status])).toEqual([
      ['received', null],
      ['status', 'open'],
    ])
    // 420 minutes left from Wednesday 10:00: 10:00–12:00 (120) + 13:30–18:00 (270) + Thursday 09:00–09:30.
    expect(storedColumns(backend.db, t.id).due_at).toBe(utc('2026-03-05T09:30+08:00'))

    const done = await call(backend, 'tickets.setStatus', {
      id: t.id,
      status: 'resolved',
      at: '2026-03-04T11:00:00+08:00',
      expectedUpdatedAt: now.updatedAt,
    })
    expect(done.sla.resolution).toMatchObject({ elapsedMinutes: 120, metAt: utc('2026-03-04T11:00+08:00') })
  })

  it('a reopened ticket continues its old count, and resolved_at clears until it is resolved again', async () => {
    const t = await openTicket(backend, '2026-03-02T09:00:00+08:00')
    let d = await call(backend, 'tickets.setStatus', {
      id: t.id,
      status: 'resolved',
      at: '2026-03-02T10:00:00+08:00',
      expectedUpdatedAt: t.updatedAt,
    })
    d = await call(backend, 'tickets.setStatus', {
      id: t.id,
      status: 'open',
      at: '2026-03-03T09:00:00+08:00',
      expectedUpdatedAt: d.updatedAt,
    })
    expect(storedColumns(backend.db, t.id)).toMatchObject({ status: 'open', resolved_at: null })
    expect(d.sla.resolution.metAt).toBeNull()
    d = await call(backend, 'tickets.setStatus', {
      id: t.id,
      status: 'closed',
      at: '2026-03-03T09:30:00+08:00',
      expectedUpdatedAt: d.updatedAt,
    })
    expect(d.sla.resolution.elapsedMinutes).toBe(90)
    expect(storedColumns(backend.db, t.id)).toMatchObject({ status: 'closed', resolved_at: utc('2026-03-03T09:30+08:00') })
  })

  it('a new priority means new targets: the due time is re-derived', async () => {
    const t = await openTicket(backend, '2026-03-02T09:00:00+08:00')
    const urgent = await call(backend, 'tickets.update', {
      id: t.id,
      expectedUpdatedAt: t.updatedAt,
      patch: { priority: 'urgent' },
    })
    expect(urgent.policy).toEqual({ firstResponseMinutes: 15, resolutionMinutes: 120 })
    expect(storedColumns(backend.db, t.id).due_at).toBe(utc('2026-03-02T09:15+08:00'))
  })

  it('changing the calendar or the targets recomputes the due times of open tickets', async () => {
    const t = await openTicket(backend, '2026-03-02T09:00:00+08:00')
    await call(backend, 'tickets.reply', { id: t.id, body: 'ok', channel: 'phone', at: '2026-03-02T09:10:00+08:00' })
    const settings = await call(backend, 'tickets.settings', {})
    // Closed all Tuesday: the resolution clock (480 from Monday 09:00) runs into Wednesday instead.
    await call(backend, 'tickets.saveSettings', {
      calendar: { ...settings.calendar, holidays: ['2026-03-03'] },
      expectedVersion: settings.version,
    })
    expect(storedColumns(backend.db, t.id).due_at).toBe(utc('2026-03-04T09:30+08:00'))
  })
})
