import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BundlesResult } from '../../src-shared/domain/analytics'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { daysAgo } from './support/days'
import { Shop } from './support/shop'

let backend: TestBackend
beforeEach(() => (backend = openTestBackend()))
afterEach(() => backend.close())

describe('analytics.bundles', () => {
  it('finds products bought together with support, confidence and lift counted by hand', async () => {
    const shop = new Shop(backend.db)
    const c = shop.customer('a')
    const tea = shop.product('TEA', '龙井茶')
    const cup = shop.product('CUP', '茶杯')
    const pot = shop.product('POT', '茶壶')
    const baskets = [...Array(6).fill([tea, cup]), ...Array(2).fill([tea]), ...Array(2).fill([cup, pot])] as number[][]
    baskets.forEach((ids, i) => shop.order({ customerId: c, day: daysAgo(i), total: 100, productIds: ids }))
    // Not baskets: a cancelled order and an order with the same product twice counts it once.
    shop.order({ customerId: c, day: daysAgo(1), total: 100, status: 'cancelled', productIds: [tea, cup] })
    shop.order({ customerId: c, day: daysAgo(11), total: 100, productIds: [pot, pot] })

    const result = await backend.dispatch('analytics.bundles', { minSupport: 0.1, minConfidence: 0.5, limit: 10 })
    if (!result.ok) throw new Error(result.error.message)
    const data = result.data as BundlesResult
    const n = 11
    // cup → tea: 6 of the 8 cup baskets hold tea; tea is in 8 of 11.
    const cupTea = data.rules.find((r) => r.antecedent[0].sku === 'CUP' && r.consequent[0].sku === 'TEA')
    expect(cupTea).toMatchObject({ count: 6, antecedent: [{ productId: cup, name: '茶杯' }], consequent: [{ name: '龙井茶' }] })
    expect(cupTea?.support).toBeCloseTo(6 / n, 12)
    expect(cupTea?.confidence).toBeCloseTo(6 / 8, 12)
    expect(cupTea?.lift).toBeCloseTo(6 / 8 / (8 / n), 12)
    // tea → cup: 6 of 8.
    expect(data.rules.find((r) => r.antecedent[0].sku === 'TEA')?.confidence).toBeCloseTo(6 / 8, 12)
    // pot → cup: 2 of 3 pot baskets (confidence 0.67 ≥ 0.5).
    expect(data.rules.find((r) => r.antecedent[0].sku === 'POT')?.confidence).toBeCloseTo(2 / 3, 12)
    expect(data.basis).toMatchObject({ rows: n, unit: 'baskets', from: daysAgo(11), to: daysAgo(0) })

    const limited = await backend.dispatch('analytics.bundles', { minSupport: 0.1, minConfidence: 0.5, limit: 1 })
    expect(limited.ok && (limited.data as BundlesResult).rules).toHaveLength(1)
  })

  it('has no rules, not an error, before any order has products', async () => {
    const result = await backend.dispatch('analytics.bundles', {})
    expect(result).toMatchObject({ ok: true, data: { rules: [], basis: { rows: 0 } } })
  })

  it.each([{ minSupport: 0 }, { minSupport: 1.5 }, { minConfidence: -0.1 }, { limit: 201 }, { other: 1 }])(
    'rejects %j',
    async (input) => {
      expect(await backend.dispatch('analytics.bundles', input)).toMatchObject({ ok: false, error: { code: 'validation' } })
    },
  )
})
