import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CampaignSummary } from '../../../src-shared/domain/campaign-types'
import { VersionedCache } from '../../../src-main/db/versioned-cache'
import { campaignFigures } from '../../../src-main/marketing/campaigns/figures'
import { cachedCampaignFigures } from '../../../src-main/marketing/campaigns/figures-cache'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { at, CampaignShop } from './support/campaign-shop'

let backend: TestBackend
let shop: CampaignShop
const zone = process.env.TZ
beforeEach(() => {
  backend = openTestBackend()
  shop = new CampaignShop(backend)
})
afterEach(() => {
  process.env.TZ = zone
  backend.close()
})

/** What `campaigns.list` answers, by campaign. */
async function listed(): Promise<Map<number, CampaignSummary['figures']>> {
  const rows = await shop.call<CampaignSummary[]>('campaigns.list', {})
  return new Map(rows.map((r) => [r.id, r.figures]))
}

describe('campaign figures cache', () => {
  it('answers what a fresh computation gives after every kind of change, and reuses it while nothing changed', async () => {
    const ann = shop.customer('Ann')
    const bob = shop.customer('Bob')
    const tea = shop.product('tea', 4_000)
    const spring = await shop.campaign('Spring', [ann, bob], [5_000])
    shop.contactAt(spring, ann, at('2026-03-01', '10:00'))
    shop.contactAt(spring, bob, at('2026-03-01', '23:30'))
    const line = [{ productId: tea, quantity: 1, unitPrice: 10_000 }]
    const fresh = (): Map<number, CampaignSummary['figures']> => campaignFigures(backend.db)

    const first = await listed()
    expect(first).toEqual(fresh())
    expect(first.get(spring)!.orders).toBe(0)

    // A write on the handlers' connection.
    const order = shop.order({ customerId: ann, at: at('2026-03-03', '09:00'), lines: line })
    expect(await listed()).toEqual(fresh())
    expect((await listed()).get(spring)!.revenue).toBe(10_000)

    // A refund, a mark through the channel, the campaign's cost.
    shop.refund(order, 0, 1, 2_500)
    expect((await listed()).get(spring)!.revenue).toBe(7_500)
    await shop.call('campaigns.mark', { id: spring, customerIds: [bob], mark: 'responded', on: '2026-03-02' })
    expect(await listed()).toEqual(fresh())
    expect((await listed()).get(spring)!.responders).toBe(1)

    // A commit by another connection (an import or a worker writes through its own).
    const other = new Database(backend.ctx.dataFile)
    try {
      other
        .prepare(
          `INSERT INTO orders (number, customer_id, ordered_at, status, subtotal, total) VALUES ('X1', ?, ?, 'paid', 3000, 3000)`,
        )
        .run(bob, at('2026-03-10', '12:00'))
    } finally {
      other.close()
    }
    expect(await listed()).toEqual(fresh())
    expect((await listed()).get(spring)!.buyers).toBe(2)

    // Nothing changed: the same answer object, not a recomputation.
    const cache = new VersionedCache()
    expect(cachedCampaignFigures(backend.db, cache)).toBe(cachedCampaignFigures(backend.db, cache))
  })

  it('follows the laptop’s zone: the windows are local days', async () => {
    process.env.TZ = 'Asia/Shanghai'
    const ann = shop.customer('Ann')
    const spring = await shop.campaign('Spring', [ann], [], 0)
    // Contacted 1 March 10:00 in Shanghai (02:00Z); the order at 16:30Z is 2 March 00:30 there,
    // outside a 0-day window, but 1 March 16:30 in London, inside it.
    shop.contactAt(spring, ann, '2026-03-01T02:00:00.000Z')
    shop.order({ customerId: ann, at: '2026-03-01T16:30:00.000Z', lines: [{ productId: null, quantity: 1, unitPrice: 900 }] })
    expect((await listed()).get(spring)!.orders).toBe(0)
    process.env.TZ = 'Europe/London'
    expect((await listed()).get(spring)!.orders).toBe(1)
    expect(await listed()).toEqual(campaignFigures(backend.db))
  })
})
