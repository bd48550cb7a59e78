import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBackend } from '../support/test-db'
import { bounds, salesBetween } from './support/independent'
import { kpis, seededBackend, trend } from './support/shop'

const ZONES = [
  { tz: 'Asia/Shanghai', offset: 480 },
  { tz: 'Asia/Kolkata', offset: 330 },
]

let backend: TestBackend
const zone = process.env.TZ
beforeAll(() => {
  backend = seededBackend()
  // One sale each side of Shanghai's and of Kolkata's midnight starting 1 April.
  const insert = backend.db.prepare(
    `INSERT INTO orders (number, customer_id, ordered_at, status, subtotal, total) VALUES (?, NULL, ?, 'paid', ?, ?)`,
  )
  insert.run('E-1', '2026-03-31T15:59:59.000Z', 1_001, 1_001)
  insert.run('E-2', '2026-03-31T16:00:00.000Z', 2_002, 2_002)
  insert.run('E-3', '2026-03-31T18:29:59.000Z', 3_003, 3_003)
  insert.run('E-4', '2026-03-31T18:30:00.000Z', 4_004, 4_004)
})
afterAll(() => {
  process.env.TZ = zone
  backend.close()
})

describe.each(ZONES)('dashboard.trend in $tz against SQL over the orders', ({ tz, offset }) => {
  beforeAll(() => {
    process.env.TZ = tz
  })

  it('gives every local day of the period its counted orders', async () => {
    const result = await trend(backend, '2026-03-25', '2026-04-07', 'day')
    expect(result.points).toHaveLength(14)
    for (const point of result.points) {
      expect(point.from).toBe(point.to)
      expect({ revenue: point.revenue, orders: point.orders }).toEqual(
        salesBetween(backend.db, ...bounds(backend.db, point.from, point.to, offset)),
      )
    }
  })

  it('cuts weeks on Mondays and months on the 1st, clipped to the period', async () => {
    const weeks = await trend(backend, '2026-03-04', '2026-04-15', 'week')
    expect(weeks.points.map((p) => [p.from, p.to])).toEqual([
      ['2026-03-04', '2026-03-08'],
      ['2026-03-09', '2026-03-15'],
      ['2026-03-16', '2026-03-22'],
      ['2026-03-23', '2026-03-29'],
      ['2026-03-30', '2026-04-05'],
      ['2026-04-06', '2026-04-12'],
      ['2026-04-13', '2026-04-15'],
    ])
    const months = await trend(backend, '2025-12-15', '2026-06-30', 'month')
    expect(months.points.map((p) => [p.from, p.to])).toEqual([
      ['2025-12-15', '2025-12-31'],
      ['2026-01-01', '2026-01-31'],
      ['2026-02-01', '2026-02-28'],
      ['2026-03-01', '2026-03-31'],
      ['2026-04-01', '2026-04-30'],
      ['2026-05-01', '2026-05-31'],
      ['2026-06-01', '2026-06-30'],
    ])
    for (const point of [...weeks.points, ...months.points])
      expect({ revenue: point.revenue, orders: point.orders }).toEqual(
        salesBetween(backend.db, ...bounds(backend.db, point.from, point.to, offset)),
      )
  })

  it('agrees with the revenue tile, and keeps empty buckets as zero', async () => {
    const months = await trend(backend, '2026-01-01', '2026-06-30', 'month')
    const tiles = await kpis(backend, '2026-01-01', '2026-06-30')
    expect(months.points.reduce((sum, p) => sum + p.revenue, 0)).toBe(tiles.kpis.revenue.current.value)
    expect(months.points.reduce((sum, p) => sum + p.orders, 0)).toBe(tiles.kpis.orders.current.value)
    const empty = await trend(backend, '2019-02-25', '2019-03-10', 'week')
    expect(empty.points).toEqual([
      { from: '2019-02-25', to: '2019-03-03', revenue: 0, orders: 0 },
      { from: '2019-03-04', to: '2019-03-10', revenue: 0, orders: 0 },
    ])
  })
})
