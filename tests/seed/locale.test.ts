import { afterAll, describe, expect, it } from 'vitest'
import { seededDb } from './seeded-db'

describe('generateShop in English', () => {
  const shop = seededDb({ customers: 200, orders: 600, seed: 3, locale: 'en', asOf: '2026-01-15' })
  afterAll(() => shop.close())
  const value = (sql: string): unknown => shop.db.prepare(sql).pluck().get()

  it('names stages, products and sources in English, with mostly English customer names', () => {
    expect(shop.db.prepare('SELECT name FROM pipeline_stages ORDER BY position').pluck().all()).toEqual([
      'Lead',
      'Contacted',
      'Proposal',
      'Negotiation',
      'Won',
      'Lost',
    ])
    expect(value("SELECT count(*) FROM products WHERE name GLOB '*[一-龥]*'")).toBe(0)
    const chinese = value("SELECT avg(name GLOB '*[一-龥]*') FROM customers") as number
    expect(chinese).toBeGreaterThan(0.15)
    expect(chinese).toBeLessThan(0.45)
  })

  it('adds sales tax on top and still balances every order', () => {
    expect(value('SELECT count(*) FROM orders WHERE tax > 0')).toBeGreaterThan(0)
    expect(value('SELECT count(*) FROM orders WHERE total <> subtotal - discount + tax')).toBe(0)
    expect(shop.db.pragma('foreign_key_check')).toEqual([])
  })
})
