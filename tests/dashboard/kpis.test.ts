import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DashboardKpis, KpiValue } from '../../src-shared/domain/dashboard-types'
import type { TestBackend } from '../support/test-db'
import {
  bounds,
  buyersBetween,
  openPipeline,
  openTickets,
  salesBetween,
  scoresBetween,
  ticketsOpenedBetween,
} from './support/independent'
import { kpis, seededBackend } from './support/shop'

/** Zones without summer time, so a fixed offset gives their midnights; Kolkata's falls inside a UTC hour. */
const ZONES = [
  { tz: 'Asia/Shanghai', offset: 480 },
  { tz: 'UTC', offset: 0 },
  { tz: 'Asia/Kolkata', offset: 330 },
]

/** A month, a quarter, one day, a week across a month end, and a period whose comparison is before the first order. */
const PERIODS: [string, string][] = [
  ['2026-05-01', '2026-05-31'],
  ['2026-01-01', '2026-03-31'],
  ['2026-06-10', '2026-06-10'],
  ['2026-04-27', '2026-05-03'],
]

let backend: TestBackend
const zone = process.env.TZ
beforeAll(() => {
  backend = seededBackend()
  // Orders on both sides of Shanghai's midnight starting 11 June (16:00 UTC on the 10th), and
  // a refunded and a pending one that never count.
  const insert = backend.db.prepare(
    `INSERT INTO orders (number, customer_id, ordered_at, status, subtotal, total) VALUES (?, (SELECT min(id) FROM customers), ?, ?, ?, ?)`,
  )
  insert.run('M-1', '2026-06-10T15:59:59.999Z', 'paid', 123_456, 123_456)
  insert.run('M-2', '2026-06-10T16:00:00.000Z', 'completed', 654_321, 654_321)
  insert.run('M-3', '2026-06-10T15:30:00.000Z', 'refunded', 777, 777)
  insert.run('M-4', '2026-06-10T15:45:00.000Z', 'pending', 888, 888)
  // Kolkata's midnight starting 16 May is 18:30 UTC on the 15th: one UTC hour, two local days.
  insert.run('K-1', '2026-05-15T18:10:00.000Z', 'paid', 10_000, 10_000)
  insert.run('K-2', '2026-05-15T18:45:00.000Z', 'shipped', 20_000, 20_000)
})
afterAll(() => {
  process.env.TZ = zone
  backend.close()
})

function expectValue(kpi: KpiValue, value: number | null, basis?: number | null): void {
  if (value === null) expect(kpi.value).toBeNull()
  else expect(kpi.value).toBeCloseTo(value, 9)
  expect(kpi.reason === null).toBe(value !== null)
  if (basis !== undefined) expect(kpi.basis).toBe(basis)
}

/** Every period tile of one side (current or previous) against the raw tables. */
function expectPeriodTiles(result: DashboardKpis, side: 'current' | 'previous', start: string, end: string): void {
  const db = backend.db
  const k = (key: keyof DashboardKpis['kpis']) => result.kpis[key][side]
  const sales = salesBetween(db, start, end)
  expectValue(k('revenue'), sales.revenue, sales.orders)
  expectValue(k('orders'), sales.orders)
  expectValue(k('averageOrderValue'), sales.orders ? Math.round(sales.revenue / sales.orders) : null, sales.orders)
  if (sales.orders === 0) expect(k('averageOrderValue').reason).toBe('noOrders')
  const people = buyersBetween(db, start, end)
  expectValue(k('newCustomers'), people.fresh)
  expectValue(k('returningShare'), people.buyers ? people.returning / people.buyers : null, people.buyers)
  if (people.buyers === 0) expect(k('returningShare').reason).toBe('noBuyers')
  const scores = scoresBetween(db, start, end)
  expectValue(k('csat'), scores.csat, scores.csatN)
  expectValue(k('nps'), scores.nps, scores.npsN)
  if (scores.csatN === 0) expect(k('csat').reason).toBe('noResponses')
  expect(k('slaBreaches').basis).toBe(ticketsOpenedBetween(db, start, end))
}

describe.each(ZONES)('dashboard.kpis in $tz against SQL over the raw tables', ({ tz, offset }) => {
  beforeAll(() => {
    process.env.TZ = tz
  })

  it.each(PERIODS)('%s – %s and the period before it', async (from, to) => {
    const result = await kpis(backend, from, to)
    expect(result.period).toEqual({ from, to })
    const [start, end] = bounds(backend.db, result.previous.from, result.previous.to, offset)
    expect(bounds(backend.db, from, to, offset)[0]).toBe(end)
    expectPeriodTiles(result, 'current', ...bounds(backend.db, from, to, offset))
    expectPeriodTiles(result, 'previous', start, end)
    const pipeline = openPipeline(backend.db)
    expect(result.kpis.pipelineOpen.current).toEqual({ value: pipeline.value, basis: null, reason: null })
    expect(result.kpis.pipelineWeighted.current).toEqual({ value: pipeline.weighted, basis: null, reason: null })
    expect(result.kpis.openTickets.current).toEqual({ value: openTickets(backend.db), basis: null, reason: null })
    for (const key of ['pipelineOpen', 'pipelineWeighted', 'openTickets'] as const)
      expect(result.kpis[key].previous).toEqual({ value: null, basis: null, reason: 'currentOnly' })
  })

  it('agrees with the service insight on SLA breaches, CSAT and NPS', async () => {
    const [from, to] = PERIODS[0]
    const result = await kpis(backend, from, to)
    const service = await backend.dispatch('analytics.service', { from, to })
    if (!service.ok) throw new Error(service.error.message)
    const figures = service.data as {
      breaches: { overall: { breached: number; tickets: number } }
      csat: { score: number | null }
      nps: { score: number | null }
    }
    // The seeded shop has something in every tile, so agreement is not between zeros.
    expect(figures.breaches.overall.breached).toBeGreaterThan(0)
    expect(figures.csat.score).not.toBeNull()
    expect(result.kpis.pipelineWeighted.current.value).toBeGreaterThan(0)
    expect(result.kpis.slaBreaches.current.value).toBe(figures.breaches.overall.breached)
    expect(result.kpis.slaBreaches.current.basis).toBe(figures.breaches.overall.tickets)
    expect(result.kpis.csat.current.value).toBe(figures.csat.score)
    expect(result.kpis.nps.current.value).toBe(figures.nps.score)
  })
})

describe('dashboard.kpis at the edges', () => {
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai'
  })

  it("places orders by Shanghai's midnight, not UTC's", async () => {
    const tenth = await kpis(backend, '2026-06-10', '2026-06-10')
    const eleventh = await kpis(backend, '2026-06-11', '2026-06-11')
    const [start, end] = bounds(backend.db, '2026-06-10', '2026-06-10', 480)
    expect([start, end]).toEqual(['2026-06-09T16:00:00.000Z', '2026-06-10T16:00:00.000Z'])
    const tenthOther = salesBetween(backend.db, start, '2026-06-10T15:59:59.999Z')
    expect(tenth.kpis.revenue.current.value).toBe(tenthOther.revenue + 123_456)
    expect(eleventh.previous).toEqual({ from: '2026-06-10', to: '2026-06-10' })
    expect(eleventh.kpis.revenue.previous).toEqual(tenth.kpis.revenue.current)
    const eleventhRevenue = salesBetween(backend.db, end, '2026-06-11T16:00:00.000Z').revenue
    expect(eleventh.kpis.revenue.current.value).toBe(eleventhRevenue)
    expect(eleventhRevenue).toBeGreaterThanOrEqual(654_321)
  })

  it("cuts the UTC hour holding Kolkata's midnight at the order's own instant", async () => {
    process.env.TZ = 'Asia/Kolkata'
    const fifteenth = await kpis(backend, '2026-05-15', '2026-05-15')
    const sixteenth = await kpis(backend, '2026-05-16', '2026-05-16')
    const midnight = '2026-05-15T18:30:00.000Z'
    expect(bounds(backend.db, '2026-05-16', '2026-05-16', 330)[0]).toBe(midnight)
    expect(fifteenth.kpis.orders.current.value).toBe(salesBetween(backend.db, '2026-05-14T18:30:00.000Z', midnight).orders)
    expect(fifteenth.kpis.revenue.current.value).toBe(salesBetween(backend.db, '2026-05-14T18:30:00.000Z', midnight).revenue)
    expect(sixteenth.kpis.revenue.current.value).toBe(salesBetween(backend.db, midnight, '2026-05-16T18:30:00.000Z').revenue)
    expect(sixteenth.kpis.revenue.previous).toEqual(fifteenth.kpis.revenue.current)
    process.env.TZ = 'Asia/Shanghai'
  })

  it('says why each figure is missing when a period and its comparison have no data', async () => {
    const result = await kpis(backend, '2019-03-01', '2019-03-31')
    expect(result.previous).toEqual({ from: '2019-01-29', to: '2019-02-28' })
    for (const side of ['current', 'previous'] as const) {
      const tile = (key: keyof DashboardKpis['kpis']) => result.kpis[key][side]
      expect(tile('revenue')).toEqual({ value: 0, basis: 0, reason: null })
      expect(tile('orders')).toEqual({ value: 0, basis: null, reason: null })
      expect(tile('averageOrderValue')).toEqual({ value: null, basis: 0, reason: 'noOrders' })
      expect(tile('newCustomers')).toEqual({ value: 0, basis: null, reason: null })
      expect(tile('returningShare')).toEqual({ value: null, basis: 0, reason: 'noBuyers' })
      expect(tile('csat')).toEqual({ value: null, basis: 0, reason: 'noResponses' })
      expect(tile('nps')).toEqual({ value: null, basis: 0, reason: 'noResponses' })
      expect(tile('slaBreaches')).toEqual({ value: 0, basis: 0, reason: null })
    }
  })

  it('compares the first month of sales with an empty month', async () => {
    const first = backend.db.prepare('SELECT min(ordered_at) FROM orders').pluck().get() as string
    const day = new Date(first).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' })
    const result = await kpis(backend, day, shift(day, 29))
    expect(result.kpis.revenue.current.value).toBeGreaterThan(0)
    expect(result.kpis.revenue.previous).toEqual({ value: 0, basis: 0, reason: null })
    expect(result.kpis.averageOrderValue.previous.reason).toBe('noOrders')
    expect(result.kpis.returningShare.current.value).toBe(0)
    expect(result.kpis.newCustomers.current.value).toBe(result.kpis.returningShare.current.basis)
  })

  it('leaves trashed customers out of the buyers, and answers anew after the write', async () => {
    const [start, end] = bounds(backend.db, '2026-05-01', '2026-05-31', 480)
    const before = await kpis(backend, '2026-05-01', '2026-05-31')
    const ids = backend.db
      .prepare(
        `SELECT DISTINCT customer_id FROM orders WHERE customer_id IS NOT NULL AND deleted_at IS NULL AND status IN ('paid', 'shipped', 'completed')
         AND ordered_at >= ? AND ordered_at < ? ORDER BY customer_id LIMIT 3`,
      )
      .pluck()
      .all(start, end) as number[]
    const trashed = await backend.dispatch('customers.delete', { ids })
    expect(trashed).toMatchObject({ ok: true, data: { count: 3 } })
    const after = await kpis(backend, '2026-05-01', '2026-05-31')
    expect(after.kpis.returningShare.current.basis).toBe(before.kpis.returningShare.current.basis! - 3)
    expectPeriodTiles(after, 'current', start, end)
    await backend.dispatch('customers.restore', { ids })
    expect((await kpis(backend, '2026-05-01', '2026-05-31')).kpis.returningShare).toEqual(before.kpis.returningShare)
  })

  it('refuses a period that ends before it starts, in both languages', async () => {
    const result = await backend.dispatch('dashboard.kpis', { from: '2026-05-02', to: '2026-05-01' })
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } })
  })
})

const shift = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
