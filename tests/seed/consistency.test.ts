import { afterAll, describe, expect, it } from 'vitest'
import { normalizePhone } from '../../src-shared/domain/phone'
import { seededDb } from './seeded-db'

describe('generateShop: 500 customers, 1,500 orders', () => {
  const shop = seededDb({ customers: 500, orders: 1500, seed: 42, asOf: '2026-11-25' })
  const { db } = shop
  afterAll(() => shop.close())
  const all = (sql: string): unknown[] => db.prepare(sql).all()
  const value = (sql: string): unknown => db.prepare(sql).pluck().get()

  it('writes only valid references', () => {
    expect(all('PRAGMA foreign_key_check')).toEqual([])
    expect(all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }])
  })

  it('balances every order: total = Σ line totals − discount + tax, lines = quantity × price', () => {
    expect(value('SELECT count(*) FROM order_lines WHERE line_total <> CAST(quantity * unit_price AS INTEGER)')).toBe(0)
    expect(
      value(`SELECT count(*) FROM orders o WHERE o.subtotal <> (SELECT sum(line_total) FROM order_lines WHERE order_id = o.id)
      OR o.total <> o.subtotal - o.discount + o.tax OR o.discount > o.subtotal`),
    ).toBe(0)
    expect(value('SELECT count(*) FROM orders WHERE NOT EXISTS (SELECT 1 FROM order_lines WHERE order_id = orders.id)')).toBe(0)
  })

  it('fills the derived search columns of every customer', () => {
    const rows = db
      .prepare('SELECT name, name_pinyin, name_initials, sort_key, phone, phone_norm, email, email_norm FROM customers')
      .all() as {
      name: string
      name_pinyin: string
      name_initials: string
      sort_key: string
      phone: string | null
      phone_norm: string | null
      email: string | null
      email_norm: string | null
    }[]
    expect(rows).toHaveLength(500)
    for (const row of rows) {
      expect(row.name_pinyin, row.name).toMatch(/^[a-z]+$/)
      expect(row.name_initials, row.name).toMatch(/^[a-z]+$/)
      expect(row.sort_key, row.name).not.toBe('')
      expect(row.phone_norm).toBe(row.phone === null ? null : normalizePhone(row.phone))
      expect(row.email_norm).toBe(row.email?.toLowerCase() ?? null)
    }
    const chinese = rows.filter((r) => /\p{Script=Han}/u.test(r.name)).length / rows.length
    expect(chinese).toBeGreaterThan(0.6)
    expect(chinese).toBeLessThan(0.8)
    expect(
      value(
        "SELECT count(*) FROM customers_fts WHERE customers_fts MATCH 'name_initials:' || (SELECT name_initials FROM customers WHERE id = 1)",
      ),
    ).toBeGreaterThan(0)
  })

  it('keeps every survey score in its range, with both kinds present', () => {
    expect(
      value(
        "SELECT count(*) FROM survey_responses WHERE (kind = 'csat' AND score NOT BETWEEN 1 AND 5) OR (kind = 'nps' AND score NOT BETWEEN 0 AND 10)",
      ),
    ).toBe(0)
    expect(value('SELECT count(DISTINCT kind) FROM survey_responses')).toBe(2)
  })

  it('keeps every time in order and before the end of the history', () => {
    const end = '2026-11-25T00:00:00.000Z'
    for (const [table, column] of [
      ['customers', 'created_at'],
      ['orders', 'ordered_at'],
      ['tickets', 'opened_at'],
      ['activities', 'at'],
      ['survey_responses', 'at'],
      ['deal_stage_history', 'at'],
      ['campaign_members', 'contacted_at'],
    ]) {
      expect(value(`SELECT count(*) FROM ${table} WHERE ${column} >= '${end}'`), table).toBe(0)
    }
    expect(
      value('SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.ordered_at < c.created_at'),
    ).toBe(0)
    expect(value('SELECT count(*) FROM tickets WHERE first_response_at < opened_at OR resolved_at < opened_at')).toBe(0)
    expect(value("SELECT count(*) FROM tickets WHERE (status IN ('resolved', 'closed')) <> (resolved_at IS NOT NULL)")).toBe(0)
    expect(
      value(
        'SELECT count(*) FROM deals d WHERE (SELECT to_stage_id FROM deal_stage_history h WHERE h.deal_id = d.id ORDER BY at DESC, id DESC LIMIT 1) <> d.stage_id',
      ),
    ).toBe(0)
    expect(value('SELECT count(*) FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id WHERE s.kind <> d.status')).toBe(0)
  })

  it('keeps the deals module’s rules on every deal: closed_at exactly when won or lost, a history row from creation, the stage’s probability', () => {
    expect(value("SELECT count(*) FROM deals WHERE (status <> 'open') <> (closed_at IS NOT NULL)")).toBe(0)
    expect(value('SELECT count(*) FROM deals WHERE closed_at IS NOT NULL AND closed_at <> updated_at')).toBe(0)
    expect(
      value(`SELECT count(*) FROM deals d WHERE NOT EXISTS (SELECT 1 FROM deal_stage_history h
      WHERE h.deal_id = d.id AND h.from_stage_id IS NULL AND h.at = d.created_at)`),
    ).toBe(0)
    expect(
      value('SELECT count(*) FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id WHERE d.probability IS NOT s.probability'),
    ).toBe(0)
    expect(value('SELECT count(DISTINCT status) FROM deals')).toBe(3)
  })

  it('has the shapes analytics look for: walk-ins, repeat and one-off buyers, churn, refunds, campaigns', () => {
    expect(value('SELECT count(*) FROM orders WHERE customer_id IS NULL')).toBeGreaterThan(0)
    const perCustomer = db
      .prepare('SELECT count(*) FROM orders WHERE customer_id IS NOT NULL GROUP BY customer_id')
      .pluck()
      .all() as number[]
    expect(perCustomer.filter((n) => n === 1).length).toBeGreaterThan(50)
    expect(perCustomer.filter((n) => n >= 5).length).toBeGreaterThan(10)
    // Churned: bought several times, then nothing in the last half year.
    expect(
      value(`SELECT count(*) FROM (SELECT customer_id FROM orders WHERE customer_id IS NOT NULL GROUP BY customer_id
      HAVING count(*) >= 2 AND max(ordered_at) < '2026-05-29')`),
    ).toBeGreaterThan(5)
    expect(value("SELECT count(DISTINCT status) FROM orders WHERE status IN ('cancelled', 'refunded')")).toBe(2)
    expect(value('SELECT count(*) FROM orders WHERE campaign_id IS NOT NULL')).toBeGreaterThan(0)
    expect(value('SELECT count(*) FROM campaign_members WHERE responded_at IS NOT NULL')).toBeGreaterThan(0)
  })

  it('plants the coffee beans + filter papers bundle strongly enough for association rules', () => {
    const baskets = (sku: string): string =>
      `SELECT order_id FROM order_lines l JOIN products p ON p.id = l.product_id WHERE p.sku = '${sku}'`
    const orders = value('SELECT count(*) FROM orders') as number
    const beans = value(`SELECT count(*) FROM (${baskets('BN-0101')})`) as number
    const papers = value(`SELECT count(*) FROM (${baskets('SP-0101')})`) as number
    const both = value(`SELECT count(*) FROM (${baskets('BN-0101')} INTERSECT ${baskets('SP-0101')})`) as number
    const confidence = both / beans
    const lift = confidence / (papers / orders)
    expect(confidence).toBeGreaterThan(0.4)
    expect(lift).toBeGreaterThan(3)
  })

  it('refuses a database that already has data and leaves it unchanged', async () => {
    const { generateShop } = await import('../../src-main/seed/generate-shop')
    const before = value('SELECT count(*) FROM customers')
    expect(() => generateShop(db, { customers: 10, orders: 10 })).toThrow(/already has customers/)
    expect(value('SELECT count(*) FROM customers')).toBe(before)
  })
})
