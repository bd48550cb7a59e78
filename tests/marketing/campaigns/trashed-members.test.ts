import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { attributedOrderIds } from '../../../src-main/marketing/campaigns/attribution'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { at, CampaignShop } from './support/campaign-shop'

let backend: TestBackend
let shop: CampaignShop
beforeEach(() => {
  backend = openTestBackend()
  shop = new CampaignShop(backend)
})
afterEach(() => backend.close())

describe('a member in the Trash', () => {
  it('is neither a member, contacted nor a responder, and their orders are not attributed; restored, they count again', async () => {
    const [ann, bob, cat] = ['Ann', 'Bob', 'Cat'].map((n) => shop.customer(n))
    const spring = await shop.campaign('Spring', [ann, bob, cat])
    for (const id of [ann, bob, cat]) shop.contactAt(spring, id, at('2026-03-01', '10:00'))
    await shop.call('campaigns.mark', { id: spring, customerIds: [ann, bob], mark: 'responded', on: '2026-03-02' })
    const line = [{ productId: null, quantity: 1, unitPrice: 5_000 }]
    const annOrder = shop.order({ customerId: ann, at: at('2026-03-03'), lines: line })
    const bobOrder = shop.order({ customerId: bob, at: at('2026-03-04'), lines: line })
    expect(attributedOrderIds(backend.db, spring)).toEqual([annOrder, bobOrder])

    await shop.call('customers.delete', { ids: [bob] })
    const trashed = await shop.figures(spring)
    expect([trashed.members, trashed.contacted, trashed.responders]).toEqual([2, 2, 1])
    expect([trashed.orders, trashed.buyers, trashed.revenue]).toEqual([1, 1, 5_000])
    expect(attributedOrderIds(backend.db, spring)).toEqual([annOrder])

    await shop.call('customers.restore', { ids: [bob] })
    const restored = await shop.figures(spring)
    expect([restored.members, restored.contacted, restored.responders]).toEqual([3, 3, 2])
    expect([restored.orders, restored.buyers, restored.revenue]).toEqual([2, 2, 10_000])
  })
})
