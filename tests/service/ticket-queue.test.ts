import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, customer, openTicket, useShanghaiHours } from './support/service-backend'

let backend: TestBackend
beforeEach(async () => {
  backend = openTestBackend()
  await useShanghaiHours(backend)
})
afterEach(() => backend.close())

const queue = async (input: Record<string, unknown> = {}) =>
  (await call(backend, 'tickets.queue', { offset: 0, limit: 100, ...input })).rows.map((r) => r.subject)

describe('the queue', () => {
  it('sorts by time left before a breach: overdue first, paused after, and filters', async () => {
    const zhang = await customer(backend, '张三丰', '13800138000')
    const li = await customer(backend, '李小龙')
    // Opened long ago (March), all overdue by today: the one that went over first is first.
    const late = await openTicket(backend, '2026-03-02T09:00:00+08:00', { subject: 'late', customerId: zhang })
    await openTicket(backend, '2026-03-03T09:00:00+08:00', { subject: 'later', customerId: li, kind: 'complaint' })
    const urgent = await openTicket(backend, '2026-03-03T08:00:00+08:00', { subject: 'urgent', priority: 'urgent' })
    const waiting = await openTicket(backend, '2026-03-02T08:00:00+08:00', { subject: 'waiting', customerId: li })
    // Asked the customer something, now waiting for them: both clocks stand still (first response met).
    const asked = await call(backend, 'tickets.reply', {
      id: waiting.id,
      body: '请提供订单号',
      channel: 'sms',
      at: '2026-03-02T09:05:00+08:00',
    })
    await call(backend, 'tickets.setStatus', {
      id: waiting.id,
      status: 'pending',
      at: '2026-03-02T09:10:00+08:00',
      expectedUpdatedAt: asked.updatedAt,
    })
    const done = await openTicket(backend, '2026-03-01T08:00:00+08:00', { subject: 'done' })
    await call(backend, 'tickets.setStatus', { id: done.id, status: 'resolved', expectedUpdatedAt: done.updatedAt })

    // late: first response due Mon 10:00; urgent (opened before hours): 09:00 + 15 = Tue 09:15; later: Tue 10:00.
    expect(await queue()).toEqual(['late', 'urgent', 'later', 'waiting'])
    const rows = (await call(backend, 'tickets.queue', { offset: 0, limit: 100 })).rows
    expect(rows.map((r) => r.sla.risk)).toEqual(['breached', 'breached', 'breached', 'none'])
    expect(rows[3].sla.resolution.paused).toBe(true)
    expect(await queue({ statuses: ['open', 'pending', 'resolved', 'closed'] })).toEqual([
      'late',
      'urgent',
      'later',
      'waiting',
      'done',
    ])
    expect(await queue({ kinds: ['complaint'] })).toEqual(['later'])
    expect(await queue({ priorities: ['urgent', 'high'] })).toEqual(['urgent'])
    expect(await queue({ customerId: li })).toEqual(['later', 'waiting'])
    // `/` search: ticket number, subject, or the customer by name, pinyin or phone.
    expect(await queue({ query: late.number })).toEqual(['late'])
    expect(await queue({ query: 'zsf' })).toEqual(['late'])
    expect(await queue({ query: '1380013' })).toEqual(['late'])
    expect(await queue({ query: '小龙' })).toEqual(['later', 'waiting'])
    expect(await queue({ query: 'urg' })).toEqual(['urgent'])
    expect((await call(backend, 'tickets.queue', { offset: 0, limit: 1 })).total).toBe(4)
    expect(urgent.policy.firstResponseMinutes).toBe(15)
  })

  it('marks a clock that used 80 % of its target as a breach risk, and nothing before that', async () => {
    const now = Date.now()
    // A calendar open around the clock makes business minutes plain minutes.
    const settings = await call(backend, 'tickets.settings', {})
    const always = Array.from({ length: 7 }, () => [['00:00', '24:00']] as [string, string][])
    await call(backend, 'tickets.saveSettings', {
      calendar: { timeZone: 'UTC', week: always, holidays: [], workdays: [] },
      expectedVersion: settings.version,
    })
    const ago = (minutes: number) => new Date(now - minutes * 60_000).toISOString()
    await openTicket(backend, ago(50), { subject: 'at 83 %' }) // normal: first response within 60
    await openTicket(backend, ago(30), { subject: 'at 50 %' })
    const rows = (await call(backend, 'tickets.queue', { offset: 0, limit: 10 })).rows
    expect(rows.map((r) => [r.subject, r.sla.risk])).toEqual([
      ['at 83 %', 'risk'],
      ['at 50 %', 'none'],
    ])
  })

  it('refreshes cached due times that were computed with other settings (after an upgrade or import)', async () => {
    const t = await openTicket(backend, '2026-03-02T09:00:00+08:00')
    backend.db.prepare("UPDATE tickets SET due_at = '2030-01-01T00:00:00.000Z' WHERE id = ?").run(t.id)
    backend.db.prepare("DELETE FROM settings WHERE key = 'service.dueBasis'").run()
    await call(backend, 'tickets.queue', { offset: 0, limit: 10 })
    expect(backend.db.prepare('SELECT due_at FROM tickets WHERE id = ?').pluck().get(t.id)).toBe(
      new Date('2026-03-02T10:00:00+08:00').toISOString(),
    )
  })
})

describe('canned replies', () => {
  it('are created, edited with a version check, deleted and restored, each write audited', async () => {
    const made = await call(backend, 'tickets.saveCannedReply', {
      title: '致歉',
      body: '{{customer}}您好，非常抱歉给您带来不便。',
    })
    const edited = await call(backend, 'tickets.saveCannedReply', {
      id: made.id,
      title: '致歉',
      body: '{{customer}}您好，订单 {{order}} 的问题我们已在处理。',
      expectedUpdatedAt: made.updatedAt,
    })
    expect(await call(backend, 'tickets.cannedReplies', {})).toEqual([edited])
    const stale = await backend.dispatch('tickets.saveCannedReply', {
      id: made.id,
      title: 'x',
      body: 'y',
      expectedUpdatedAt: made.updatedAt,
    })
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale_edit' } })
    await call(backend, 'tickets.deleteCannedReply', { id: made.id })
    expect(await call(backend, 'tickets.cannedReplies', {})).toEqual([])
    expect((await call(backend, 'tickets.restoreCannedReply', { id: made.id })).body).toBe(edited.body)
    const audit = backend.db.prepare("SELECT action FROM audit_log WHERE entity = 'canned_reply' ORDER BY id").pluck().all()
    expect(audit).toEqual(['create', 'update', 'delete', 'restore'])
  })
})

describe('service settings', () => {
  it('default to the computer time zone and China 2026; a bad calendar is refused, translated, and nothing changes', async () => {
    const fresh = openTestBackend()
    try {
      const defaults = await call(fresh, 'tickets.settings', {})
      expect(defaults).toMatchObject({
        version: null,
        osTimeZone: defaults.calendar.timeZone,
        surveys: { csat: true, nps: false },
      })
      expect(defaults.calendar.holidays).toContain('2026-10-01')
      expect(defaults.calendar.workdays).toContain('2026-09-20')
    } finally {
      fresh.close()
    }
    const settings = await call(backend, 'tickets.settings', {})
    const overlap = {
      ...settings.calendar,
      week: settings.calendar.week.map((d, i) =>
        i === 2
          ? [
              ['09:00', '12:00'],
              ['11:00', '18:00'],
            ]
          : d,
      ),
    }
    const refused = await backend.dispatch('tickets.saveSettings', { calendar: overlap, expectedVersion: settings.version })
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'sla_calendar_intervals_overlap',
        params: { weekday: 2, index: 1, first: '09:00–12:00', second: '11:00–18:00' },
      },
    })
    expect(
      await backend.dispatch('tickets.checkCalendar', { calendar: { ...settings.calendar, timeZone: 'Mars/Olympus' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'sla_calendar_time_zone' },
    })
    expect(await call(backend, 'tickets.checkCalendar', { calendar: settings.calendar })).toEqual({ ok: true })
    expect(
      await backend.dispatch('tickets.saveSettings', {
        policies: { ...settings.policies, low: { firstResponseMinutes: 999, resolutionMinutes: 10 } },
        expectedVersion: settings.version,
      }),
    ).toMatchObject({
      ok: false,
      error: {
        issues: [
          {
            path: 'policies.low.firstResponseMinutes',
            message: 'The first-response target must not be longer than the resolution target.',
          },
        ],
      },
    })
    expect(
      await backend.dispatch('tickets.saveSettings', { surveys: { csat: true, nps: true }, expectedVersion: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'stale_edit' },
    })
    expect(await call(backend, 'tickets.settings', {})).toEqual(settings)
  })
})
