import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { VersionedCache } from '../../src-main/db/versioned-cache'
import { orderFilterSql } from '../../src-main/orders/list-filter'
import { listOrders } from '../../src-main/orders/list-query'
import { computeOrderTotals } from '../../src-main/orders/totals-query'
import type { OrderFilter } from '../../src-shared/ipc/channels/orders'
import { useFreshDatabase } from '../support/fresh-database'

const STATUSES = ['completed', 'paid', 'pending', 'cancelled', 'refunded'] as const
const CHANNELS = ['门店', '淘宝', null] as const
const PAYMENTS = ['wechat', 'cash', null] as const
const DAY = 86_400_000
const START = Date.parse('2026-03-01T00:00:00Z')

/** The same figures the slow way: every matching order read and summed. */
function naive(db: ReturnType<typeof useFreshDatabase>['current']['db'], filter: OrderFilter) {
  const { where, params } = orderFilterSql(filter)
  const rows = db.prepare(`SELECT status, total, refunded FROM orders o WHERE ${where}`).all(params) as {
    status: string
    total: number
    refunded: number
  }[]
  const live = rows.filter((r) => r.status !== 'cancelled')
  const sales = live.reduce((s, r) => s + r.total, 0)
  const refunded = live.reduce((s, r) => s + (r.status === 'refunded' ? r.total : r.refunded), 0)
  return { count: rows.length, cancelled: rows.length - live.length, sales, refunded, net: sales - refunded }
}

/**
 * 1,500 orders at any minute over `days` days from `start`, then some of them changed, moved and
 * deleted (the triggers follow). One transaction: 1,500 separate commits take seconds on a busy disk.
 */
function seedOrders(db: ReturnType<typeof useFreshDatabase>['current']['db'], start: number, days: number): void {
  db.exec('BEGIN')
  const insert = db.prepare(
    'INSERT INTO orders (number, customer_id, ordered_at, status, channel, payment_method, subtotal, total, refunded) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?)',
  )
  fc.sample(
    fc.record({
      minute: fc.integer({ min: 0, max: days * 24 * 60 }),
      status: fc.constantFrom(...STATUSES),
      channel: fc.constantFrom(...CHANNELS),
      payment: fc.constantFrom(...PAYMENTS),
      total: fc.integer({ min: 0, max: 50_000 }),
    }),
    { numRuns: 1500, seed: 11 },
  ).forEach((o, i) => {
    const refunded = o.status === 'completed' && i % 7 === 0 ? Math.floor(o.total / 3) : 0
    insert.run(
      `T${i}`,
      new Date(start + o.minute * 60_000).toISOString(),
      o.status,
      o.channel,
      o.payment,
      o.total,
      o.total,
      refunded,
    )
  })
  db.prepare("UPDATE orders SET status = 'cancelled' WHERE id % 11 = 0").run()
  db.prepare("UPDATE orders SET ordered_at = strftime('%Y-%m-%dT%H:%M:%fZ', ordered_at, '+1 day') WHERE id % 13 = 0").run()
  db.prepare("UPDATE orders SET channel = '抖音', customer_id = NULL WHERE id % 17 = 0").run()
  db.prepare('DELETE FROM orders WHERE id % 19 = 0').run()
  db.exec('COMMIT')
}

describe('computeOrderTotals: day totals plus the part-days at the edges', () => {
  const file = useFreshDatabase()
  const zone = process.env.TZ
  beforeAll(() => seedOrders(file.current.db, START, 10))
  afterEach(() => {
    process.env.TZ = zone
  })
  afterAll(() => {
    process.env.TZ = zone
  })

  for (const tz of ['UTC', 'Asia/Shanghai', 'Asia/Kolkata', 'America/St_Johns', 'Pacific/Kiritimati']) {
    it(`matches reading every order, for any filter, in ${tz}`, () => {
      process.env.TZ = tz
      const day = fc.integer({ min: -1, max: 11 }).map((d) => new Date(START + d * DAY).toISOString().slice(0, 10))
      const filter = fc.record(
        {
          from: day,
          to: day,
          status: fc.constantFrom(...STATUSES),
          channel: fc.constantFrom('门店', '淘宝', '抖音'),
          paymentMethod: fc.constantFrom('wechat', 'cash'),
          walkIn: fc.constant(true),
        },
        { requiredKeys: [] },
      )
      fc.assert(
        fc.property(filter, (f) => {
          if (f.from !== undefined && f.to !== undefined && f.from > f.to) return
          expect(computeOrderTotals(file.current.db, f)).toEqual(naive(file.current.db, f))
        }),
        { numRuns: 150 },
      )
    })
  }
})

describe('computeOrderTotals over months: month totals, day totals and the part-days at the edges', () => {
  const file = useFreshDatabase()
  const zone = process.env.TZ
  // Fourteen months across a new year, so ranges hold whole months, parts of months, or neither.
  const start = Date.parse('2025-11-20T00:00:00Z')
  beforeAll(() => seedOrders(file.current.db, start, 420))
  afterAll(() => {
    process.env.TZ = zone
  })

  it('the month rows are the day rows summed by month, after inserts, changes and deletes', () => {
    const db = file.current.db
    const byMonth = `SELECT substr(day, 1, 7) AS month, status, channel, payment_method, walk_in,
      sum(orders) AS orders, sum(total) AS total, sum(refunded) AS refunded FROM order_day_totals GROUP BY 1, 2, 3, 4, 5`
    const months = 'SELECT month, status, channel, payment_method, walk_in, orders, total, refunded FROM order_month_totals'
    expect(db.prepare(`${months} ORDER BY 1, 2, 3, 4, 5`).all()).toEqual(db.prepare(`${byMonth} ORDER BY 1, 2, 3, 4, 5`).all())
    expect(db.prepare('SELECT count(DISTINCT month) FROM order_month_totals').pluck().get()).toBeGreaterThanOrEqual(14)
  })

  for (const tz of ['Asia/Shanghai', 'America/St_Johns']) {
    it(`matches reading every order, for any filter and range, in ${tz}`, () => {
      process.env.TZ = tz
      const day = fc.integer({ min: -3, max: 425 }).map((d) => new Date(start + d * DAY).toISOString().slice(0, 10))
      const filter = fc.record(
        {
          from: day,
          to: day,
          status: fc.constantFrom(...STATUSES),
          channel: fc.constantFrom('门店', '淘宝', '抖音'),
          paymentMethod: fc.constantFrom('wechat', 'cash'),
          walkIn: fc.constant(true),
        },
        { requiredKeys: [] },
      )
      fc.assert(
        fc.property(filter, (f) => {
          if (f.from !== undefined && f.to !== undefined && f.from > f.to) return
          expect(computeOrderTotals(file.current.db, f)).toEqual(naive(file.current.db, f))
        }),
        { numRuns: 150 },
      )
    })
  }

  it('a page by amount within dates is the matching orders sorted by amount, whichever index it walks', () => {
    process.env.TZ = 'Asia/Shanghai'
    const db = file.current.db
    const day = fc.integer({ min: -3, max: 425 }).map((d) => new Date(start + d * DAY).toISOString().slice(0, 10))
    const input = fc.record({
      filter: fc.record(
        { from: day, to: day, status: fc.constantFrom(...STATUSES), channel: fc.constantFrom('门店', '淘宝') },
        { requiredKeys: ['from'] },
      ),
      dir: fc.constantFrom('asc' as const, 'desc' as const),
      offset: fc.integer({ min: 0, max: 60 }),
    })
    fc.assert(
      fc.property(input, ({ filter, dir, offset }) => {
        if (filter.to !== undefined && filter.from > filter.to) return
        const { where, params } = orderFilterSql(filter)
        const expected = (
          db.prepare(`SELECT o.id, o.total FROM orders o WHERE ${where}`).all(params) as { id: number; total: number }[]
        )
          .sort((a, b) => (dir === 'asc' ? a.total - b.total || a.id - b.id : b.total - a.total || b.id - a.id))
          .slice(offset, offset + 20)
          .map((row) => row.id)
        const page = listOrders(db, { filter, sort: { column: 'total', dir }, offset, limit: 20 }, new VersionedCache())
        expect(page.rows.map((row) => row.id)).toEqual(expected)
      }),
      { numRuns: 150 },
    )
  })
})
