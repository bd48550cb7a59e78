import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CampaignsResult } from '../../../src-shared/domain/analytics'
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

const attributed = (campaignId: number): number[] => attributedOrderIds(backend.db, campaignId)

describe('campaign attribution', () => {
  it('window edges: from the contact instant to the end of the Nth local day after it', async () => {
    const ann = shop.customer('Ann')
    const tea = shop.product('tea', 4_000)
    const spring = await shop.campaign('Spring', [ann])
    shop.contactAt(spring, ann, at('2026-03-01', '10:00'))
    const line = [{ productId: tea, quantity: 1, unitPrice: 10_000 }]
    const beforeContact = shop.order({ customerId: ann, at: at('2026-03-01', '09:59'), lines: line })
    const atContact = shop.order({ customerId: ann, at: at('2026-03-01', '10:00'), lines: line })
    const lastMinute = shop.order({ customerId: ann, at: at('2026-03-15', '23:59'), lines: line })
    const dayAfter = shop.order({ customerId: ann, at: at('2026-03-16', '00:00'), lines: line })
    expect(attributed(spring)).toEqual([atContact, lastMinute])
    expect(attributed(spring)).not.toContain(beforeContact)
    expect(attributed(spring)).not.toContain(dayAfter)

    // A window of 0 days is the contact's own day.
    await shop.call('campaigns.update', {
      id: spring,
      expectedUpdatedAt: backend.db.prepare('SELECT updated_at FROM campaigns WHERE id = ?').pluck().get(spring),
      patch: { attributionDays: 0 },
    })
    const lateSameDay = shop.order({ customerId: ann, at: at('2026-03-01', '23:59'), lines: line })
    const nextDay = shop.order({ customerId: ann, at: at('2026-03-02', '00:00'), lines: line })
    expect(attributed(spring)).toEqual([atContact, lateSameDay])
    expect(attributed(spring)).not.toContain(nextDay)
  })

  it('a bulk mark on a day opens the window at that day’s local midnight', async () => {
    const ann = shop.customer('Ann')
    const spring = await shop.campaign('Spring', [ann])
    await shop.call('campaigns.mark', { id: spring, customerIds: [ann], mark: 'contacted', on: '2026-03-01' })
    const early = shop.order({ customerId: ann, at: at('2026-03-01', '00:05'), lines: [] })
    expect(attributed(spring)).toEqual([early])
  })

  it('two campaigns contacting one customer: the most recent contact before the order wins', async () => {
    const ann = shop.customer('Ann')
    const first = await shop.campaign('First', [ann])
    const second = await shop.campaign('Second', [ann])
    shop.contactAt(first, ann, at('2026-03-01'))
    shop.contactAt(second, ann, at('2026-03-05'))
    const between = shop.order({ customerId: ann, at: at('2026-03-03'), lines: [] })
    const after = shop.order({ customerId: ann, at: at('2026-03-07'), lines: [] })
    // Day 14 of the first campaign, day 10 of the second: still the second's, once only.
    const late = shop.order({ customerId: ann, at: at('2026-03-15'), lines: [] })
    expect(attributed(first)).toEqual([between])
    expect(attributed(second)).toEqual([after, late])
  })

  it('an order carrying a campaign is that campaign’s, even inside another one’s window', async () => {
    const ann = shop.customer('Ann')
    const chosen = await shop.campaign('Chosen at the till', []).catch(() => undefined)
    expect(chosen).toBeUndefined() // a launch with nobody to reach is refused
    const till = (await shop.call<{ id: number }>('campaigns.create', { name: 'Till' })).id
    const reached = await shop.campaign('Reached', [ann])
    shop.contactAt(reached, ann, at('2026-03-01'))
    const explicit = shop.order({ customerId: ann, at: at('2026-03-02'), lines: [], campaignId: till })
    const implicit = shop.order({ customerId: ann, at: at('2026-03-03'), lines: [] })
    expect(attributed(till)).toEqual([explicit])
    expect(attributed(reached)).toEqual([implicit])
  })

  it('a trashed campaign’s contacts attribute nothing; only counted orders of live customers’ contacts count', async () => {
    const ann = shop.customer('Ann')
    const older = await shop.campaign('Older', [ann])
    const newer = await shop.campaign('Newer', [ann])
    shop.contactAt(older, ann, at('2026-03-01'))
    shop.contactAt(newer, ann, at('2026-03-02'))
    const sale = shop.order({ customerId: ann, at: at('2026-03-03'), lines: [] })
    shop.order({ customerId: ann, at: at('2026-03-04'), lines: [], status: 'pending' })
    shop.order({ customerId: ann, at: at('2026-03-04'), lines: [], status: 'cancelled' })
    expect(attributed(newer)).toEqual([sale])
    await shop.call('campaigns.delete', { id: newer })
    expect(attributed(older)).toEqual([sale])
    await shop.call('campaigns.restore', { id: newer })
    expect(attributed(newer)).toEqual([sale])
  })
})

describe('campaign figures', () => {
  it('ROI equals the hand-worked fixture; refunds reduce revenue and profit; unpriced lines add no profit', async () => {
    const [ann, bob, cat] = [shop.customer('Ann'), shop.customer('Bob'), shop.customer('Cat')]
    const tea = shop.product('tea', 4_000) // costs 40.00, sold at 100.00
    const cup = shop.product('cup', null) // no cost known
    const spring = await shop.campaign('Spring', [ann, bob, cat], [15_000, 5_000])
    await shop.call('campaigns.mark', { id: spring, customerIds: [ann, bob], mark: 'contacted', on: '2026-03-01' })
    await shop.call('campaigns.mark', { id: spring, customerIds: [ann], mark: 'responded', on: '2026-03-02' })
    const teas = (quantity: number) => ({ productId: tea, quantity, unitPrice: 10_000 })
    // 1. Ann, day 4: 2 teas (20,000, profit 20,000 − 2 × 4,000 = 12,000) + a cup (5,000, no cost: no profit).
    shop.order({ customerId: ann, at: at('2026-03-05'), lines: [teas(2), { productId: cup, quantity: 1, unitPrice: 5_000 }] })
    // 2. Bob, last day of the window (day 14, 23:00): 1 tea, 10,000, profit 6,000.
    shop.order({ customerId: bob, at: at('2026-03-15', '23:00'), lines: [teas(1)] })
    // 3. Bob, day 15: outside the window, not attributed.
    shop.order({ customerId: bob, at: at('2026-03-16', '00:30'), lines: [teas(1)] })
    // 4. Ann, day 9: 3 teas (30,000, profit 18,000), one refunded for 10,000 (its margin 6,000 goes back):
    //    revenue 20,000, profit 12,000.
    const refunded = shop.order({ customerId: ann, at: at('2026-03-10'), lines: [teas(3)] })
    shop.refund(refunded, 0, 1, 10_000)
    // 5. Cat is a member but was never contacted: not attributed.
    shop.order({ customerId: cat, at: at('2026-03-06'), lines: [teas(1)] })
    // 6. A walk-in sale carrying the campaign (chosen at the till): 1 tea, 10,000, profit 6,000; no buyer to count.
    shop.order({ customerId: null, at: at('2026-03-20'), lines: [teas(1)], campaignId: spring })
    // 7. A fully refunded order counts nowhere.
    shop.order({ customerId: ann, at: at('2026-03-11'), lines: [teas(5)], status: 'refunded' })

    // Hand-worked: orders 1, 2, 4, 6. Revenue 25,000 + 10,000 + 20,000 + 10,000 = 65,000.
    // Gross profit 12,000 + 6,000 + 12,000 + 6,000 = 36,000. Cost 15,000 + 5,000 = 20,000.
    // ROI = (36,000 − 20,000) / 20,000 = 0.8; ROAS = 65,000 / 20,000 = 3.25; buyers Ann and Bob:
    // cost per buyer 20,000 / 2 = 10,000. One line (the cup) had no cost.
    expect(await shop.figures(spring)).toEqual({
      members: 3,
      contacted: 2,
      responders: 1,
      buyers: 2,
      orders: 4,
      revenue: 65_000,
      grossProfit: 36_000,
      linesWithoutCost: 1,
      cost: 20_000,
      roi: 0.8,
      roas: 3.25,
      costPerBuyer: 10_000,
      control: null,
    })

    // The dashboard's ROI chart reads the same numbers.
    const dashboard = await shop.call<CampaignsResult>('analytics.campaigns', {})
    expect(dashboard.campaigns.find((c) => c.id === spring)).toMatchObject({ cost: 20_000, orders: 4, revenue: 65_000, roi: 0.8 })
  })

  it('a free campaign has no ROI, ROAS or cost per buyer; removing a cost line changes the cost', async () => {
    const ann = shop.customer('Ann')
    const free = await shop.campaign('Free', [ann])
    const figures = await shop.figures(free)
    expect(figures).toMatchObject({ cost: 0, roi: null, roas: null, costPerBuyer: null })
    const line = await shop.call<{ id: number }>('campaigns.addCostLine', {
      campaignId: free,
      line: { spentOn: '2026-03-01', item: 'Flyers', amount: 9_900 },
    })
    expect((await shop.figures(free)).cost).toBe(9_900)
    await shop.call('campaigns.removeCostLine', { id: line.id })
    expect((await shop.figures(free)).cost).toBe(0)
  })

  it('the control: held-out customers’ purchases in the window after the launch', async () => {
    const customers = Array.from({ length: 10 }, (_, i) => shop.customer(`C${i}`))
    const { id } = await shop.call<{ id: number }>('campaigns.create', { name: 'With control' })
    await shop.call('campaigns.launch', { id, customerIds: customers, controlPercent: 20 })
    const control = backend.db
      .prepare('SELECT customer_id FROM campaign_controls WHERE campaign_id = ?')
      .pluck()
      .all(id) as number[]
    expect(control).toHaveLength(2)
    expect(backend.db.prepare('SELECT count(*) FROM campaign_members WHERE campaign_id = ?').pluck().get(id)).toBe(8)
    shop.order({
      customerId: control[0],
      at: new Date().toISOString(),
      lines: [{ productId: null, quantity: 1, unitPrice: 3_000 }],
    })
    const figures = await shop.figures(id)
    expect(figures.control).toEqual({ customers: 2, buyers: 1, revenue: 3_000, buyerRate: 0.5, memberBuyerRate: 0 })
  })
})
