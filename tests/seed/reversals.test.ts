import { afterAll, describe, expect, it } from 'vitest'
import { seededDb } from './seeded-db'

describe('generateShop: cancellations and refunds as records', () => {
  const shop = seededDb({ customers: 400, orders: 3000, seed: 5, asOf: '2026-11-25' })
  const { db } = shop
  afterAll(() => shop.close())
  const value = (sql: string): number => db.prepare(sql).pluck().get() as number

  it('gives every cancelled or refunded order its record, some sales a partial refund, and walk-in sales', () => {
    expect(
      value(`SELECT count(*) FROM orders o WHERE o.status IN ('cancelled', 'refunded')
      AND (SELECT count(*) FROM order_refunds r WHERE r.order_id = o.id AND r.undone_at IS NULL) = 0`),
    ).toBe(0)
    expect(value(`SELECT count(*) FROM orders WHERE status = 'cancelled'`)).toBe(
      value(`SELECT count(*) FROM order_refunds WHERE kind = 'cancel'`),
    )
    expect(value(`SELECT count(*) FROM orders WHERE status = 'refunded' AND refunded <> total`)).toBe(0)
    const partial = value(`SELECT count(*) FROM orders WHERE status = 'completed' AND refunded > 0`)
    expect(partial).toBeGreaterThan(10)
    expect(value('SELECT count(*) FROM order_refunds WHERE length(reason) = 0')).toBe(0)
    expect(value('SELECT count(*) FROM orders WHERE customer_id IS NULL')).toBeGreaterThan(50)
    expect(
      value(`SELECT count(*) FROM orders WHERE payment_method NOT IN ('cash', 'wechat', 'alipay', 'card', 'transfer', 'other')`),
    ).toBe(0)
  })

  it('keeps the books: refunded = Σ refunds, never more than the total, after the sale and before the end of history', () => {
    expect(
      value(`SELECT count(*) FROM orders o WHERE o.refunded <> (SELECT coalesce(sum(amount), 0) FROM order_refunds
        WHERE order_id = o.id AND kind = 'refund') OR o.refunded > o.total`),
    ).toBe(0)
    expect(
      value(
        `SELECT count(*) FROM order_refunds r JOIN orders o ON o.id = r.order_id WHERE r.at <= o.ordered_at OR r.at >= '2026-11-25'`,
      ),
    ).toBe(0)
    expect(
      value(
        `SELECT count(*) FROM order_lines l WHERE l.quantity < (SELECT coalesce(sum(quantity), 0) FROM order_refund_lines WHERE order_line_id = l.id)`,
      ),
    ).toBe(0)
  })

  it('leaves the customer figures equal to a recomputation net of refunds', () => {
    expect(
      value(`SELECT count(*) FROM customers c WHERE c.lifetime_value <> coalesce((SELECT sum(o.total - o.refunded) FROM orders o
        WHERE o.customer_id = c.id AND o.status NOT IN ('cancelled', 'refunded')), 0)
        OR c.order_count <> (SELECT count(*) FROM orders o WHERE o.customer_id = c.id AND o.status NOT IN ('cancelled', 'refunded'))`),
    ).toBe(0)
  })
})
