import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CustomerLifecycle } from '../../../src-shared/ipc/channels/segments'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { daysAgo } from '../../insights/support/days'
import { Shop } from '../../insights/support/shop'

let backend: TestBackend
let shop: Shop
beforeEach(() => {
  backend = openTestBackend()
  shop = new Shop(backend.db)
})
afterEach(() => backend.close())

async function stageOf(customerId: number): Promise<CustomerLifecycle> {
  const result = await backend.dispatch('segments.lifecycle', { customerId })
  if (!result.ok) throw new Error(result.error.message)
  return result.data as CustomerLifecycle
}

/** Orders on the given days ago. */
function customer(name: string, days: number[]): number {
  const id = shop.customer(name)
  for (const d of days) shop.order({ customerId: id, day: daysAgo(d), total: 100 })
  return id
}

describe('lifecycle against their own rhythm (no churn model: too few customers to fit one)', () => {
  it('overdue: more than twice their average gap since the last purchase', async () => {
    const overdue = await stageOf(customer('every 10 days, last 25 ago', [45, 35, 25]))
    expect(overdue).toMatchObject({ stage: 'atRisk', overdue: true, churnHigh: false, orders: 3, daysSince: 25, asOf: null })
    expect(overdue.averageGapDays).toBeCloseTo(10, 6)
    expect(await stageOf(customer('every 10 days, last 15 ago', [35, 25, 15]))).toMatchObject({
      stage: 'returning',
      overdue: false,
    })
  })

  it('lead, new, and lapsed winning over at risk', async () => {
    expect((await stageOf(customer('lead', []))).stage).toBe('lead')
    expect((await stageOf(customer('one', [300]))).stage).toBe('lapsed')
    expect((await stageOf(customer('one recent', [3]))).stage).toBe('new')
    expect(await stageOf(customer('overdue and lapsed', [220, 200]))).toMatchObject({ stage: 'lapsed', overdue: true })
    expect((await stageOf(customer('refunded only', []))).stage).toBe('lead')
  })

  it('a trashed customer has no stage', async () => {
    const id = customer('gone', [5])
    backend.db.prepare('UPDATE customers SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), id)
    const result = await backend.dispatch('segments.lifecycle', { customerId: id })
    expect(result.ok).toBe(false)
  })
})
