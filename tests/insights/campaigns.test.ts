import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CampaignsResult } from '../../src-shared/domain/analytics'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { daysAgo } from './support/days'
import { Shop } from './support/shop'

let backend: TestBackend
beforeEach(() => (backend = openTestBackend()))
afterEach(() => backend.close())

function campaign(name: string, cost: number, startsOn: string, deleted = false): number {
  return Number(
    backend.db
      .prepare('INSERT INTO campaigns (name, cost, starts_on, deleted_at) VALUES (?, ?, ?, ?)')
      .run(name, cost, startsOn, deleted ? new Date().toISOString() : null).lastInsertRowid,
  )
}

describe('analytics.campaigns', () => {
  it('revenue from counted orders carrying the campaign, and ROI = (gross profit − cost) / cost', async () => {
    const shop = new Shop(backend.db)
    const c = shop.customer('a')
    const spring = campaign('春节促销', 50_000, '2026-01-20')
    const free = campaign('朋友圈', 0, '2026-03-01')
    const gone = campaign('deleted', 1_000, '2026-02-01', true)
    shop.order({ customerId: c, day: daysAgo(5), total: 60_000, campaignId: spring })
    shop.order({ customerId: c, day: daysAgo(4), total: 15_000, campaignId: spring, status: 'shipped' })
    shop.order({ customerId: c, day: daysAgo(3), total: 99_999, campaignId: spring, status: 'cancelled' })
    shop.order({ customerId: c, day: daysAgo(2), total: 8_000, campaignId: free })
    shop.order({ customerId: c, day: daysAgo(2), total: 7_000, campaignId: gone })

    const result = await backend.dispatch('analytics.campaigns', {})
    if (!result.ok) throw new Error(result.error.message)
    const data = result.data as CampaignsResult
    // Issue 14: ROI is (gross profit − cost) / cost. These orders have no lines, so no product cost
    // is known and they bring no profit: the spring campaign lost its whole cost (ROI −1).
    expect(data.campaigns).toEqual([
      {
        id: free,
        name: '朋友圈',
        startsOn: '2026-03-01',
        endsOn: null,
        cost: 0,
        orders: 1,
        revenue: 8_000,
        grossProfit: 0,
        roi: null,
      },
      {
        id: spring,
        name: '春节促销',
        startsOn: '2026-01-20',
        endsOn: null,
        cost: 50_000,
        orders: 2,
        revenue: 75_000,
        grossProfit: 0,
        roi: (0 - 50_000) / 50_000,
      },
    ])
    expect(data.totals).toEqual({ cost: 50_000, revenue: 83_000, grossProfit: 0, roi: (0 - 50_000) / 50_000 })
    expect(data.basis).toMatchObject({ rows: 2, unit: 'campaigns', from: '2026-01-20' })
  })
})
