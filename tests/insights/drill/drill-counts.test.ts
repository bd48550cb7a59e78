import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localToday, shiftDays } from '../../../src-main/insights/lib/dates'
import { generateShop } from '../../../src-main/seed/generate-shop'
import type {
  BundlesResult,
  CampaignsResult,
  ClustersResult,
  FunnelResult,
  RfmResult,
  ServiceResult,
} from '../../../src-shared/domain/analytics'
import type { DashboardTrend } from '../../../src-shared/domain/dashboard-types'
import type { BoardResult } from '../../../src-shared/domain/deal-types'
import type { OrderDetail, OrderRow, OrderTotalsSummary } from '../../../src-shared/domain/order-types'
import { openTestBackend, type TestBackend } from '../../support/test-db'

/**
 * Every drill-down filter against the figure its chart's channel reports for the mark it came
 * from, on a seeded shop: the list's count must equal the bar (empty bars included).
 */
let backend: TestBackend
const today = localToday()
beforeAll(() => {
  backend = openTestBackend()
  generateShop(backend.db, { customers: 600, orders: 2500, seed: 17, locale: 'en', openDeals: 60 })
})
afterAll(() => backend.close())

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(channel as never, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.data as T
}

const customerCount = async (drill: unknown): Promise<number> =>
  (
    await call<{ total: number }>('customers.list', {
      view: 'active',
      drill,
      sort: { column: 'name', dir: 'asc' },
      offset: 0,
      limit: 5,
    })
  ).total
const orders = async (filter: unknown): Promise<{ total: number; totals: OrderTotalsSummary }> => ({
  total: (
    await call<{ total: number }>('orders.list', { filter, sort: { column: 'orderedAt', dir: 'desc' }, offset: 0, limit: 5 })
  ).total,
  totals: await call<OrderTotalsSummary>('orders.totals', { filter }),
})
const boardCount = async (drill: unknown): Promise<number> =>
  (await call<BoardResult>('deals.board', { filter: { drill }, limit: 1 })).columns.reduce((a, c) => a + c.count, 0)
const ticketCount = async (drill: unknown): Promise<number> =>
  (await call<{ total: number }>('tickets.queue', { drill, offset: 0, limit: 5 })).total

describe('drill-down filters count what the chart showed', () => {
  it('RFM segment → customers, every segment (empty ones too), now and as of an earlier day', async () => {
    for (const asOf of [today, shiftDays(today, -200)]) {
      const rfm = await call<RfmResult>('analytics.rfm', { asOf })
      expect(rfm.segments.reduce((a, s) => a + s.customers, 0)).toBeGreaterThan(100)
      for (const s of rfm.segments) expect(await customerCount({ kind: 'rfm', segment: s.key, asOf }), s.key).toBe(s.customers)
    }
  })

  it('k-means cluster → customers, for two values of k', async () => {
    for (const k of [3, 5]) {
      const clusters = await call<ClustersResult>('analytics.clusters', { k })
      for (const [i, c] of clusters.clusters.entries()) {
        expect(await customerCount({ kind: 'cluster', clusters: { k }, cluster: i })).toBe(c.size)
      }
    }
  })

  it('trend bucket → counted orders: count and sales equal the bar, an empty bucket gives none', async () => {
    const trend = await call<DashboardTrend>('dashboard.trend', { from: shiftDays(today, -120), to: today, bucket: 'month' })
    const far = await call<DashboardTrend>('dashboard.trend', { from: '2001-01-01', to: '2001-01-31', bucket: 'week' })
    const points = [...trend.points, ...far.points]
    expect(points.some((p) => p.orders === 0) && points.some((p) => p.orders > 0)).toBe(true)
    for (const p of points) {
      const drilled = await orders({ from: p.from, to: p.to, drill: { counted: true } })
      expect(drilled.total, p.from).toBe(p.orders)
      expect(drilled.totals.sales, p.from).toBe(p.revenue)
    }
  })

  it('campaign bar → its attributed orders, count and revenue net of refunds', async () => {
    // One attributed order partly refunded, whatever the seeded day holds: the bar takes it off.
    const sold = (await call<CampaignsResult>('analytics.campaigns', {})).campaigns.find((c) => c.orders > 0)!
    const drill = { counted: true, campaignId: sold.id }
    const [row] = (
      await call<{ rows: OrderRow[] }>('orders.list', {
        filter: { drill },
        sort: { column: 'orderedAt', dir: 'desc' },
        offset: 0,
        limit: 1,
      })
    ).rows
    const order = await call<OrderDetail>('orders.get', { id: row.id })
    await call('orders.refund', { id: order.id, updatedAt: order.updatedAt, reason: 'Chipped lid', lines: [], amount: 100 })

    const { campaigns } = await call<CampaignsResult>('analytics.campaigns', {})
    expect(campaigns.find((c) => c.id === sold.id)!.revenue).toBe(sold.revenue - 100)
    expect((await orders({ drill })).totals.refunded).toBeGreaterThan(0)
    for (const c of campaigns) {
      const drilled = await orders({ drill: { counted: true, campaignId: c.id } })
      expect(drilled.total, c.name).toBe(c.orders)
      expect(drilled.totals.net, c.name).toBe(c.revenue)
    }
  })

  it('bundle rule → the orders holding both sides (the rule’s basket count)', async () => {
    const { rules } = await call<BundlesResult>('analytics.bundles', { minSupport: 0.002, minConfidence: 0.01, limit: 10 })
    expect(rules.length).toBeGreaterThan(0)
    for (const r of rules) {
      const productIds = [...r.antecedent, ...r.consequent].map((p) => p.productId)
      expect((await orders({ drill: { counted: true, productIds } })).total).toBe(r.count)
    }
  })

  it('funnel stage → deals on the board, all time and over a range', async () => {
    for (const range of [{}, { from: shiftDays(today, -60), to: today }, { from: '2001-01-01', to: '2001-01-02' }]) {
      const funnel = await call<FunnelResult>('analytics.funnel', range)
      // Closed deals of past months count too, though the plain board shows only this month's.
      if (!('from' in range)) expect(funnel.stages.at(-1)!.reached).toBeGreaterThan(0)
      for (const s of funnel.stages) expect(await boardCount({ reachedStageId: s.stageId, ...range }), s.name).toBe(s.reached)
    }
  })

  it('ticket volume per month → the tickets opened that month, of every status', async () => {
    const service = await call<ServiceResult>('analytics.service', { from: shiftDays(today, -200), to: today })
    expect(service.tickets.opened).toBeGreaterThan(0)
    expect(service.monthlyTickets.reduce((a, m) => a + m.opened, 0)).toBe(service.tickets.opened)
    for (const m of service.monthlyTickets) expect(await ticketCount({ from: m.from, to: m.to }), m.month).toBe(m.opened)
    expect(await ticketCount({ from: '2001-01-01', to: '2001-01-31' })).toBe(0)
  })

  it('a drill the channel cannot read is refused, translated', async () => {
    const bad = await backend.dispatch('tickets.queue', { drill: { from: today, to: '2001-01-01' }, offset: 0, limit: 5 })
    expect(bad.ok).toBe(false)
    const worse = await backend.dispatch('customers.list', {
      view: 'active',
      drill: { kind: 'rfm', segment: 'nobody', asOf: today },
      sort: { column: 'name', dir: 'asc' },
      offset: 0,
      limit: 5,
    })
    expect(worse.ok).toBe(false)
  })
})
