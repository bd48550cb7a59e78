import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ensureDefaultPipelineStages } from '../../src-main/deals/default-stages'
import { stageByName } from '../../src-main/deals/stages'
import { createDeal } from '../../src-main/deals/write'
import { insertTicket } from '../../src-main/service/write'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call } from './helpers'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
  ensureDefaultPipelineStages(backend.db, 'en')
})
afterEach(() => backend.close())

describe('customers.get shows the open deals and tickets their domains report', () => {
  it('lists only open deals, soonest expected close first, and open or pending tickets, soonest due first', async () => {
    const { db } = backend
    const id = (await call(backend, 'customers.create', { name: '王芳' })).customer.id
    const other = (await call(backend, 'customers.create', { name: 'Ann' })).customer.id
    const stage = (name: string) => stageByName(db, name)!.id
    const later = createDeal(db, {
      title: 'Office beans',
      stageId: stage('Proposal'),
      value: 50_000,
      customerId: id,
      expectedClose: '2026-09-01',
    })
    const sooner = createDeal(db, {
      title: 'Party boxes',
      stageId: stage('Lead'),
      value: 20_000,
      customerId: id,
      expectedClose: '2026-07-01',
    })
    createDeal(db, { title: 'Won already', stageId: stage('Won'), customerId: id })
    createDeal(db, { title: 'Someone else', stageId: stage('Lead'), customerId: other })
    const ticket = (number: string, status: 'open' | 'pending' | 'closed', dueAt: string) =>
      insertTicket(db, {
        number,
        subject: number,
        status,
        customerId: id,
        openedAt: '2026-05-01T00:00:00.000Z',
        dueAt,
        resolvedAt: status === 'closed' ? '2026-05-02T00:00:00.000Z' : null,
      })
    const dueLate = ticket('TK-1', 'open', '2026-05-09T00:00:00.000Z')
    const dueSoon = ticket('TK-2', 'pending', '2026-05-03T00:00:00.000Z')
    ticket('TK-3', 'closed', '2026-05-02T00:00:00.000Z')

    const detail = await call(backend, 'customers.get', { id })
    expect(detail.openDeals).toEqual([
      { id: sooner, title: 'Party boxes', value: 20_000, stageName: 'Lead', expectedClose: '2026-07-01' },
      { id: later, title: 'Office beans', value: 50_000, stageName: 'Proposal', expectedClose: '2026-09-01' },
    ])
    expect(detail.openTickets.map((t) => [t.id, t.number, t.status])).toEqual([
      [dueSoon, 'TK-2', 'pending'],
      [dueLate, 'TK-1', 'open'],
    ])
  })
})
