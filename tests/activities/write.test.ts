import { describe, expect, it } from 'vitest'
import { timeline } from '../../src-main/activities/timeline'
import { insertActivity } from '../../src-main/activities/write'
import { insertCustomer } from '../../src-main/customers/write'
import { useFreshDatabase } from '../support/fresh-database'

describe('activities/write', () => {
  const file = useFreshDatabase()
  const db = () => file.current.db

  it('stores times as UTC text, so the timeline orders activities written with any offset', () => {
    const customer = insertCustomer(db(), { name: '张伟' })
    // 09:30 in Beijing is 01:30 UTC: before the 02:00 UTC visit, although its text sorts after.
    insertActivity(db(), { customerId: customer, kind: 'call', body: 'asked about beans', at: '2026-05-01T09:30:00+08:00' })
    insertActivity(db(), { customerId: customer, kind: 'visit', body: 'came in', at: '2026-05-01T02:00:00Z' })
    expect(timeline(db(), customer, undefined, 10).map((e) => [e.kind, e.at])).toEqual([
      ['visit', '2026-05-01T02:00:00.000Z'],
      ['call', '2026-05-01T01:30:00.000Z'],
    ])
  })

  it('keeps the seed’s uid and times; without a time it is now', () => {
    const customer = insertCustomer(db(), { name: 'Li' })
    const meta = { uid: 'activity-uid-1', createdAt: '2025-03-01T00:00:00.000Z', updatedAt: '2025-03-01T00:00:00.000Z' }
    const seeded = insertActivity(
      db(),
      { customerId: customer, kind: 'email', body: 'sent the price list', at: meta.createdAt },
      meta,
    )
    expect(db().prepare('SELECT uid, created_at, at, deal_id, ticket_id FROM activities WHERE id = ?').get(seeded)).toEqual({
      uid: meta.uid,
      created_at: meta.createdAt,
      at: meta.createdAt,
      deal_id: null,
      ticket_id: null,
    })
    const before = new Date().toISOString()
    const now = insertActivity(db(), { customerId: customer, kind: 'note' })
    const row = db().prepare('SELECT at, body FROM activities WHERE id = ?').get(now) as { at: string; body: string }
    expect(row.body).toBe('')
    expect(row.at >= before && row.at <= new Date().toISOString()).toBe(true)
  })
})
