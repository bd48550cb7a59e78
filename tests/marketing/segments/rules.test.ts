import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { evaluateSegment } from '../../../src-main/marketing/segments/evaluate'
import type { TestBackend } from '../../support/test-db'
import { daysAgo } from '../../insights/support/days'
import { one } from './support/definitions'
import { buyersOf, daysSince, liveFigures, liveIds, midnight, type Figures } from './support/independent'
import { seededShop } from './support/seeded-shop'
import { referenceAttribution } from '../campaigns/support/reference-attribution'

let backend: TestBackend & { trashed: number[]; merged: number[] }
let figures: Figures[]
const ids = (pick: (f: Figures) => boolean): number[] => figures.filter(pick).map((f) => f.id)
const run = (rule: unknown): number[] => evaluateSegment(backend.db, one(rule))

beforeAll(async () => {
  backend = await seededShop()
  figures = liveFigures(backend.db)
}, 120_000)
afterAll(() => backend.close())

describe('each rule kind equals an independent query on a seeded shop', () => {
  it('the shop holds what the rules must tell apart', () => {
    expect(figures.filter((f) => f.orders === 0).length).toBeGreaterThan(10)
    expect(figures.filter((f) => f.orders >= 2).length).toBeGreaterThan(50)
    const statuses = backend.db.prepare('SELECT DISTINCT status FROM orders').pluck().all()
    expect(statuses).toEqual(expect.arrayContaining(['pending', 'completed', 'refunded', 'cancelled']))
  })

  it.each([30, 90, 365])('last purchase more than / within %i days', (days) => {
    const more = run({ kind: 'lastPurchase', op: 'moreThanDaysAgo', days })
    const within = run({ kind: 'lastPurchase', op: 'withinDays', days })
    expect(more).toEqual(ids((f) => f.lastAt !== null && daysSince(f.lastAt) > days))
    expect(within).toEqual(ids((f) => f.lastAt !== null && daysSince(f.lastAt) <= days))
    expect(more.length).toBeGreaterThan(0)
    expect(within.length).toBeGreaterThan(0)
  })

  it('never bought: no counted order (pending, refunded and cancelled ones do not count)', () => {
    expect(run({ kind: 'neverBought' })).toEqual(ids((f) => f.orders === 0))
  })

  it('order count, total spend and average order value, bounds inclusive', () => {
    expect(run({ kind: 'orderCount', min: 2, max: 4 })).toEqual(ids((f) => f.orders >= 2 && f.orders <= 4))
    expect(run({ kind: 'orderCount', max: 0 })).toEqual(ids((f) => f.orders === 0))
    const spends = figures.filter((f) => f.orders > 0).map((f) => f.spend)
    const [lo, hi] = [spends[3], spends[9]].sort((a, b) => a - b)
    const spend = run({ kind: 'totalSpend', min: lo, max: hi })
    expect(spend).toEqual(ids((f) => f.spend >= lo && f.spend <= hi))
    expect(spend.length).toBeGreaterThanOrEqual(2)
    const aov = run({ kind: 'averageOrderValue', min: lo })
    expect(aov).toEqual(ids((f) => f.orders > 0 && f.spend / f.orders >= lo))
  })

  it('bought a product or a category: ever, never, within N days, in a period', () => {
    const db = backend.db
    const product = db
      .prepare('SELECT product_id FROM order_lines GROUP BY product_id ORDER BY count(*) DESC LIMIT 1')
      .pluck()
      .get() as number
    const ever = buyersOf(db, [product])
    expect(run({ kind: 'bought', target: { productId: product }, when: 'ever' })).toEqual(ids((f) => ever.has(f.id)))
    expect(run({ kind: 'bought', target: { productId: product }, when: 'never' })).toEqual(ids((f) => !ever.has(f.id)))
    const recent = buyersOf(db, [product], midnight(daysAgo(60)))
    expect(run({ kind: 'bought', target: { productId: product }, when: { withinDays: 60 } })).toEqual(
      ids((f) => recent.has(f.id)),
    )
    const [from, to] = [daysAgo(200), daysAgo(100)]
    const period = buyersOf(db, [product], midnight(from), midnight(daysAgo(99)))
    expect(run({ kind: 'bought', target: { productId: product }, when: { from, to } })).toEqual(ids((f) => period.has(f.id)))

    const category = db.prepare('SELECT category FROM products WHERE category IS NOT NULL LIMIT 1').pluck().get() as string
    const inCategory = db.prepare('SELECT id FROM products WHERE category = ?').pluck().all(category) as number[]
    const catBuyers = buyersOf(db, inCategory)
    expect(catBuyers.size).toBeGreaterThan(0)
    expect(run({ kind: 'bought', target: { category }, when: 'ever' })).toEqual(ids((f) => catBuyers.has(f.id)))
  })

  it('tags: any, all, none', () => {
    const db = backend.db
    const tags = db
      .prepare('SELECT tag_id FROM customer_tags GROUP BY tag_id ORDER BY count(*) DESC LIMIT 2')
      .pluck()
      .all() as number[]
    const has = (tag: number): string =>
      `EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = customers.id AND t.tag_id = ${tag})`
    expect(run({ kind: 'tags', op: 'any', tagIds: tags })).toEqual(liveIds(db, `${has(tags[0])} OR ${has(tags[1])}`))
    const all = run({ kind: 'tags', op: 'all', tagIds: tags })
    expect(all).toEqual(liveIds(db, `${has(tags[0])} AND ${has(tags[1])}`))
    expect(run({ kind: 'tags', op: 'none', tagIds: tags })).toEqual(liveIds(db, `NOT ${has(tags[0])} AND NOT ${has(tags[1])}`))
  })

  it('city and source: one of the values', () => {
    const db = backend.db
    const cities = db.prepare('SELECT DISTINCT city FROM customers WHERE city IS NOT NULL LIMIT 2').pluck().all() as string[]
    expect(run({ kind: 'city', values: cities })).toEqual(liveIds(db, 'city = ? OR city = ?', cities))
    const source = db.prepare('SELECT source FROM customers WHERE source IS NOT NULL LIMIT 1').pluck().get() as string
    expect(run({ kind: 'source', values: [source] })).toEqual(liveIds(db, 'source = ?', [source]))
  })

  it('created between two local days, inclusive', () => {
    const db = backend.db
    const [from, to] = [daysAgo(400), daysAgo(200)]
    const created = db.prepare('SELECT id, created_at FROM customers WHERE deleted_at IS NULL ORDER BY id').all() as {
      id: number
      created_at: string
    }[]
    const day = (iso: string): number => daysSince(iso)
    const expected = created.filter((c) => day(c.created_at) <= 400 && day(c.created_at) >= 200).map((c) => c.id)
    expect(run({ kind: 'created', from, to })).toEqual(expected)
    expect(expected.length).toBeGreaterThan(0)
    expect(run({ kind: 'created', to })).toEqual(created.filter((c) => day(c.created_at) >= 200).map((c) => c.id))
  })

  it('campaign responses: member, contacted, responded, not responded, bought', () => {
    const db = backend.db
    const campaign = db
      .prepare('SELECT campaign_id FROM campaign_members GROUP BY campaign_id ORDER BY count(*) DESC LIMIT 1')
      .pluck()
      .get() as number
    const member = (extra: string): number[] =>
      liveIds(db, `id IN (SELECT customer_id FROM campaign_members WHERE campaign_id = ? ${extra})`, [campaign])
    expect(run({ kind: 'campaign', campaignId: campaign, response: 'member' })).toEqual(member(''))
    expect(run({ kind: 'campaign', campaignId: campaign, response: 'contacted' })).toEqual(member('AND contacted_at IS NOT NULL'))
    expect(run({ kind: 'campaign', campaignId: campaign, response: 'responded' })).toEqual(member('AND responded_at IS NOT NULL'))
    expect(run({ kind: 'campaign', campaignId: campaign, response: 'notResponded' })).toEqual(member('AND responded_at IS NULL'))
    // Buyers by the campaign figures' attribution rule, written again plainly (not the app's SQL).
    const attributed = referenceAttribution(db)
    const customerOf = db.prepare('SELECT customer_id FROM orders WHERE id = ?').pluck()
    const buyers = [...attributed].filter(([, c]) => c === campaign).map(([order]) => customerOf.get(order) as number)
    expect(buyers.length).toBeGreaterThan(0)
    const bought = run({ kind: 'campaign', campaignId: campaign, response: 'bought' })
    expect(bought).toEqual(member('').filter((id) => buyers.includes(id)))
  })

  it('trashed and merged customers are never counted, whatever the rule', () => {
    const everyone = run({ kind: 'orderCount', min: 0 })
    expect(everyone).toEqual(figures.map((f) => f.id))
    for (const id of [...backend.trashed, ...backend.merged]) expect(everyone).not.toContain(id)
  })
})
