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

const requests = () => backend.db.prepare('SELECT ticket_id, asks_csat, asks_nps FROM survey_requests').all()

describe('one survey request per resolved ticket', () => {
  it('is made on the first resolve, never again after a reopen, and the schema forbids a second', async () => {
    const t = await openTicket(backend, '2026-03-02T09:00:00+08:00', { customerId: await customer(backend) })
    let d = await call(backend, 'tickets.setStatus', {
      id: t.id,
      status: 'pending',
      at: '2026-03-02T09:30:00+08:00',
      expectedUpdatedAt: t.updatedAt,
    })
    expect(requests()).toEqual([])
    d = await call(backend, 'tickets.setStatus', {
      id: t.id,
      status: 'resolved',
      at: '2026-03-02T10:00:00+08:00',
      expectedUpdatedAt: d.updatedAt,
    })
    expect(d.survey).toMatchObject({
      asks: { csat: true, nps: false },
      answered: false,
      requestedAt: new Date('2026-03-02T10:00:00+08:00').toISOString(),
    })
    d = await call(backend, 'tickets.setStatus', {
      id: t.id,
      status: 'open',
      at: '2026-03-02T11:00:00+08:00',
      expectedUpdatedAt: d.updatedAt,
    })
    d = await call(backend, 'tickets.setStatus', {
      id: t.id,
      status: 'resolved',
      at: '2026-03-02T14:00:00+08:00',
      expectedUpdatedAt: d.updatedAt,
    })
    await call(backend, 'tickets.setStatus', {
      id: t.id,
      status: 'closed',
      at: '2026-03-02T15:00:00+08:00',
      expectedUpdatedAt: d.updatedAt,
    })
    expect(requests()).toEqual([{ ticket_id: t.id, asks_csat: 1, asks_nps: 0 }])
    expect(() =>
      backend.db
        .prepare(
          "INSERT INTO survey_requests (ticket_id, asks_csat, asks_nps, requested_at) VALUES (?, 1, 0, '2026-03-03T00:00:00.000Z')",
        )
        .run(t.id),
    ).toThrow(/UNIQUE constraint failed: survey_requests.ticket_id/)
  })

  it('asks what the settings say, and nothing for a ticket without a customer', async () => {
    const settings = await call(backend, 'tickets.settings', {})
    await call(backend, 'tickets.saveSettings', { surveys: { csat: true, nps: true }, expectedVersion: settings.version })
    const anonymous = await openTicket(backend, '2026-03-02T09:00:00+08:00')
    await call(backend, 'tickets.setStatus', { id: anonymous.id, status: 'closed', expectedUpdatedAt: anonymous.updatedAt })
    const known = await openTicket(backend, '2026-03-02T09:00:00+08:00', { customerId: await customer(backend) })
    await call(backend, 'tickets.setStatus', { id: known.id, status: 'resolved', expectedUpdatedAt: known.updatedAt })
    expect(requests()).toEqual([{ ticket_id: known.id, asks_csat: 1, asks_nps: 1 }])
  })

  it('records an answer once with its channel and comment, refuses a second, and the undo reopens it', async () => {
    const t = await openTicket(backend, '2026-03-02T09:00:00+08:00', { customerId: await customer(backend, '林芳') })
    const { survey } = await call(backend, 'tickets.setStatus', {
      id: t.id,
      status: 'resolved',
      at: '2026-03-02T10:00:00+08:00',
      expectedUpdatedAt: t.updatedAt,
    })
    const requestId = survey!.id
    expect((await call(backend, 'surveys.requests', { state: 'open', offset: 0, limit: 10 })).total).toBe(1)
    const answered = await call(backend, 'surveys.record', { requestId, csat: 5, comment: '很满意', channel: 'wechat' })
    expect(answered).toMatchObject({
      answered: true,
      answers: { csat: { score: 5, comment: '很满意', channel: 'wechat' }, nps: null },
    })
    expect(backend.db.prepare('SELECT customer_id, ticket_id, kind, score FROM survey_responses').get()).toEqual({
      customer_id: t.customer!.id,
      ticket_id: t.id,
      kind: 'csat',
      score: 5,
    })
    expect((await call(backend, 'surveys.requests', { state: 'answered', offset: 0, limit: 10 })).total).toBe(1)
    const counts = serviceCounts(backend.db)
    expect(await callError(backend, 'surveys.record', { requestId, csat: 1, channel: 'phone' })).toMatchObject({
      code: 'survey_already_answered',
      message: '林芳 has already answered this survey. Undo that answer first to record another.',
    })
    expect(await callError(backend, 'surveys.record', { requestId, nps: 11, channel: 'phone' })).toMatchObject({
      code: 'validation',
    })
    expect(serviceCounts(backend.db)).toEqual(counts)
    const undone = await call(backend, 'surveys.unrecord', { requestId })
    expect(undone.answered).toBe(false)
    expect(await callError(backend, 'surveys.record', { requestId, nps: 9, channel: 'phone' })).toMatchObject({
      code: 'survey_not_asked',
    })
    expect(await callError(backend, 'surveys.record', { requestId, channel: 'phone' })).toMatchObject({
      code: 'validation',
      issues: [{ path: 'csat', message: 'Enter a CSAT or an NPS score.' }],
    })
  })
})

describe('periodic NPS surveys of a segment of customers', () => {
  it('asks each matching customer once, skips those still waiting, and the batch can be withdrawn', async () => {
    const [a, b] = [await customer(backend, '张三'), await customer(backend, '李四')]
    await customer(backend, '王五') // no purchase in the period
    insertOrder(backend.db, a, 5000, '2026-05-10T04:00:00.000Z')
    insertOrder(backend.db, b, 8000, '2026-06-01T04:00:00.000Z')
    const period = { purchasedFrom: '2026-05-01', purchasedTo: '2026-06-30' }
    expect(await call(backend, 'surveys.countCustomers', period)).toEqual({ count: 2 })
    const first = await call(backend, 'surveys.requestCustomers', period)
    expect(first).toMatchObject({ created: 2, skipped: 0 })
    expect(await call(backend, 'surveys.requestCustomers', {})).toMatchObject({ created: 1, skipped: 2 })
    const open = await call(backend, 'surveys.requests', { state: 'open', offset: 0, limit: 10 })
    expect(open.rows.every((r) => r.asks.nps && !r.asks.csat && r.ticket === null)).toBe(true)
    const lisi = open.rows.find((r) => r.customer?.id === b)!
    await call(backend, 'surveys.record', { requestId: lisi.id, nps: 9, channel: 'sms' })
    // Withdrawing the first batch removes what nobody answered; the answered request stays.
    expect(await call(backend, 'surveys.cancelBatch', { batch: first.batch })).toEqual({ count: 1 })
    expect(backend.db.prepare('SELECT customer_id FROM survey_requests ORDER BY customer_id').pluck().all()).toHaveLength(2)
    expect(
      await callError(backend, 'surveys.requestCustomers', { purchasedFrom: '2026-07-01', purchasedTo: '2026-06-01' }),
    ).toMatchObject({
      issues: [{ path: 'purchasedTo', message: 'The end of the period must be on or after its start.' }],
    })
  })
})
