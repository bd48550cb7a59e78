import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { orderFilterSql } from '../../src-main/orders/list-filter'
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

describe('computeOrderTotals: day totals plus the part-days at the edges', () => {
  const file = useFreshDatabase()
  const zone = process.env.TZ
  beforeAll(() => {
    const db = file.current.db
    // One transaction: 1,500 separate commits take seconds on a busy disk.
    db.exec('BEGIN')
    const insert = db.prepare(
      'INSERT INTO orders (number, customer_id, ordered_at, status, channel, payment_method, subtotal, total, refunded) VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?)',
    )
    // 1,500 orders at any minute over ten days, then some of them changed, moved and deleted (the triggers follow).
    fc.sample(
      fc.record({
        minute: fc.integer({ min: 0, max: 10 * 24 * 60 }),
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
        new Date(START + o.minute * 60_000).toISOString(),
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
  })
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
