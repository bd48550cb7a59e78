import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { countSegment, evaluateSegment } from '../../../src-main/marketing/segments/evaluate'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { daysAgo } from '../../insights/support/days'
import { Shop } from '../../insights/support/shop'
import { groups, one } from './support/definitions'

let backend: TestBackend
let shop: Shop
beforeEach(() => {
  backend = openTestBackend()
  shop = new Shop(backend.db)
})
afterEach(() => backend.close())

const run = (rule: unknown): number[] => evaluateSegment(backend.db, one(rule))

describe('segment rules at their edges', () => {
  it('never bought is not "more than N days ago"; exactly N days ago is not more than N', () => {
    const never = shop.customer('never')
    const exactly = shop.customer('exactly 90')
    const older = shop.customer('91')
    const recent = shop.customer('today')
    shop.order({ customerId: exactly, day: daysAgo(90), total: 100 })
    shop.order({ customerId: older, day: daysAgo(91), total: 100 })
    shop.order({ customerId: recent, day: daysAgo(0), total: 100 })
    expect(run({ kind: 'lastPurchase', op: 'moreThanDaysAgo', days: 90 })).toEqual([older])
    expect(run({ kind: 'lastPurchase', op: 'withinDays', days: 90 })).toEqual([exactly, recent])
    expect(run({ kind: 'neverBought' })).toEqual([never])
  })

  it('money bounds are inclusive, in minor units', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((n) => shop.customer(n))
    shop.order({ customerId: a, day: daysAgo(5), total: 9_999 })
    shop.order({ customerId: b, day: daysAgo(5), total: 10_000 })
    shop.order({ customerId: c, day: daysAgo(5), total: 20_000 })
    shop.order({ customerId: c, day: daysAgo(4), total: 20_001 })
    expect(run({ kind: 'totalSpend', min: 10_000, max: 40_001 })).toEqual([b, c])
    // c's average is 20,000.5: above a 20,000 bound.
    expect(run({ kind: 'averageOrderValue', min: 10_000, max: 20_000 })).toEqual([b])
    expect(run({ kind: 'averageOrderValue', min: 20_001 })).toEqual([])
    expect(run({ kind: 'averageOrderValue', max: 10_000 })).toEqual([a, b])
  })

  it('refunded, cancelled, pending and deleted orders follow the counted-order rule', () => {
    const c = shop.customer('refunds')
    shop.order({ customerId: c, day: daysAgo(3), total: 500, status: 'refunded' })
    shop.order({ customerId: c, day: daysAgo(3), total: 500, status: 'cancelled' })
    shop.order({ customerId: c, day: daysAgo(3), total: 500, status: 'pending' })
    shop.order({ customerId: c, day: daysAgo(3), total: 500, deleted: true })
    expect(run({ kind: 'neverBought' })).toEqual([c])
    expect(run({ kind: 'orderCount', min: 1 })).toEqual([])
    shop.order({ customerId: c, day: daysAgo(400), total: 700, status: 'shipped' })
    expect(run({ kind: 'totalSpend', min: 700, max: 700 })).toEqual([c])
    expect(run({ kind: 'lastPurchase', op: 'moreThanDaysAgo', days: 365 })).toEqual([c])
  })

  it('a product bought only in a refunded order was never bought', () => {
    const p = shop.product('P1')
    const [a, b] = [shop.customer('a'), shop.customer('b')]
    shop.order({ customerId: a, day: daysAgo(2), total: 100, productIds: [p] })
    shop.order({ customerId: b, day: daysAgo(2), total: 100, productIds: [p], status: 'refunded' })
    expect(run({ kind: 'bought', target: { productId: p }, when: 'ever' })).toEqual([a])
    expect(run({ kind: 'bought', target: { productId: p }, when: 'never' })).toEqual([b])
  })

  it('groups: AND inside, OR between, and the other way round', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => shop.customer(n))
    backend.db.prepare("UPDATE customers SET city = 'Hangzhou' WHERE id IN (?, ?)").run(a, b)
    shop.order({ customerId: a, day: daysAgo(1), total: 100 })
    shop.order({ customerId: c, day: daysAgo(1), total: 100 })
    const hangzhou = { kind: 'city', values: ['Hangzhou'] }
    const bought = { kind: 'orderCount', min: 1 }
    const never = { kind: 'neverBought' }
    // (Hangzhou AND bought) OR (never bought)
    expect(evaluateSegment(backend.db, groups('any', 'all', [[hangzhou, bought], [never]]))).toEqual([a, b, d])
    // (Hangzhou OR bought) AND (never bought)
    expect(evaluateSegment(backend.db, groups('all', 'any', [[hangzhou, bought], [never]]))).toEqual([b])
    expect(countSegment(backend.db, groups('all', 'any', [[hangzhou, bought], [never]]))).toBe(1)
  })

  it('a user value is a parameter, never SQL', () => {
    const a = shop.customer('a')
    backend.db.prepare('UPDATE customers SET city = ? WHERE id = ?').run("x') OR 1=1 --", a)
    shop.customer('b')
    expect(run({ kind: 'city', values: ["x') OR 1=1 --"] })).toEqual([a])
  })
})
