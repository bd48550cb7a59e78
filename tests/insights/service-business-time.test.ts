import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ServiceResult } from '../../src-shared/domain/analytics'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, customer, openTicket, useShanghaiHours } from '../service/support/service-backend'

let backend: TestBackend
beforeEach(async () => {
  backend = openTestBackend()
  await useShanghaiHours(backend)
})
afterEach(() => backend.close())

/** Applies one status change at a local time, with the version the ticket has now. */
async function move(id: number, status: 'open' | 'pending' | 'resolved', at: string) {
  const { updatedAt } = await call(backend, 'tickets.get', { id })
  return call(backend, 'tickets.setStatus', { id, status, at, expectedUpdatedAt: updatedAt })
}

// Shanghai hours Mon–Fri 09:00–12:00 and 13:30–18:00; normal 60 / 480, urgent 15 / 120 minutes.
describe('analytics.service in business time', () => {
  it('counts only business hours, leaves out pending time, and reports breaches, complaints, trends and repeat complainers', async () => {
    const a = await customer(backend, '周杰')
    const b = await customer(backend, '吴敏')
    // Friday 17:30 → Monday 09:15: 30 + 15 = 45 business minutes (63 h 45 min on the clock). Resolved Monday 10:00: 90.
    const t1 = await openTicket(backend, '2026-03-06T17:30:00+08:00', { customerId: a, kind: 'complaint' })
    await call(backend, 'tickets.reply', { id: t1.id, body: '抱歉', channel: 'phone', at: '2026-03-09T09:15:00+08:00' })
    const r1 = await move(t1.id, 'resolved', '2026-03-09T10:00:00+08:00')
    // Monday 11:30 → 13:45 across lunch: 45. Pending 14:00 → Wednesday 09:00 does not count: 60 + 30 = 90.
    const t2 = await openTicket(backend, '2026-03-09T11:30:00+08:00', { customerId: a, kind: 'complaint' })
    await call(backend, 'tickets.reply', { id: t2.id, body: '请拍照', channel: 'wechat', at: '2026-03-09T13:45:00+08:00' })
    await move(t2.id, 'pending', '2026-03-09T14:00:00+08:00')
    await call(backend, 'tickets.receive', { id: t2.id, body: '照片', channel: 'wechat', at: '2026-03-11T09:00:00+08:00' })
    const r2 = await move(t2.id, 'resolved', '2026-03-11T09:30:00+08:00')
    // Urgent, answered after 60 minutes against a target of 15: breached.
    const t3 = await openTicket(backend, '2026-03-10T09:00:00+08:00', { customerId: b, priority: 'urgent' })
    await call(backend, 'tickets.reply', { id: t3.id, body: '收到', channel: 'phone', at: '2026-03-10T10:00:00+08:00' })
    await call(backend, 'surveys.record', {
      requestId: r1.survey!.id,
      csat: 5,
      channel: 'phone',
      at: '2026-03-09T12:00:00+08:00',
    })
    await call(backend, 'surveys.record', {
      requestId: r2.survey!.id,
      csat: 3,
      channel: 'paper',
      at: '2026-03-11T10:00:00+08:00',
    })
    const batch = await call(backend, 'surveys.requestCustomers', {})
    expect(batch.created).toBe(2)
    const { rows } = await call(backend, 'surveys.requests', { state: 'open', offset: 0, limit: 10 })
    for (const [row, score] of rows.map((r, i) => [r, [10, 6][i]] as const)) {
      await call(backend, 'surveys.record', { requestId: row.id, nps: score, channel: 'sms' })
    }

    const result = await backend.dispatch('analytics.service', { from: '2026-03-01', to: '2026-12-31' })
    if (!result.ok) throw new Error(result.error.message)
    const data = result.data as ServiceResult
    expect(data.tickets.opened).toBe(3)
    expect(data.tickets.firstResponseMinutes).toEqual({ count: 3, median: 45, p90: 57 })
    expect(data.tickets.resolutionHours).toEqual({ count: 2, median: 1.5, p90: 1.5 })
    expect(data.tickets.firstResponseHistogram).toEqual({ edges: [0.25, 0.5, 1, 2, 4, 8], counts: [0, 0, 3, 0, 0, 0, 0] })
    expect(data.tickets.resolutionHistogram).toEqual({ edges: [1, 4, 8, 16, 40, 80], counts: [0, 2, 0, 0, 0, 0, 0] })
    expect(data.breaches.overall).toEqual({ key: 'all', tickets: 3, breached: 1, rate: 1 / 3 })
    expect(data.breaches.byPriority.find((r) => r.key === 'urgent')).toEqual({ key: 'urgent', tickets: 1, breached: 1, rate: 1 })
    expect(data.breaches.byPriority.find((r) => r.key === 'normal')).toEqual({ key: 'normal', tickets: 2, breached: 0, rate: 0 })
    expect(data.breaches.byPriority.find((r) => r.key === 'low')).toEqual({ key: 'low', tickets: 0, breached: 0, rate: null })
    expect(data.breaches.byKind.map((r) => [r.key, r.breached, r.tickets])).toEqual([
      ['inquiry', 1, 1],
      ['complaint', 0, 2],
      ['return', 0, 0],
      ['repair', 0, 0],
    ])
    expect(data.complaints).toEqual({ count: 2, share: 2 / 3 })
    expect(data.csat).toEqual({ score: 50, responses: 2 })
    expect(data.nps).toEqual({ score: 0, responses: 2 })
    expect(data.monthly).toHaveLength(10)
    expect(data.monthly[0]).toEqual({ month: '2026-03', csat: 50, csatResponses: 2, nps: null, npsResponses: 0 })
    expect(data.monthly[1]).toEqual({ month: '2026-04', csat: null, csatResponses: 0, nps: null, npsResponses: 0 })
    expect(data.monthly.find((m) => m.npsResponses > 0)).toMatchObject({ month: new Date().toISOString().slice(0, 7), nps: 0 })
    expect(data.repeatComplaints).toEqual([
      { customerId: a, name: '周杰', phone: null, complaints: 2, lastAt: new Date('2026-03-09T11:30:00+08:00').toISOString() },
    ])
    expect(data.basis).toMatchObject({ rows: 3, unit: 'tickets', from: '2026-03-01', to: '2026-12-31' })
  })
})
