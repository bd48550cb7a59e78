// @vitest-environment happy-dom
import { screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BundleRule } from '../../../src-renderer/src/features/marketing/bundles/bundle-rule'
import { inWords, targetDefinition } from '../../../src-renderer/src/features/marketing/bundles/rule-words'
import type { BundlesResult } from '../../../src-shared/domain/analytics'
import { segmentDefinition } from '../../../src-shared/domain/segment'
import { daysAgo } from '../../insights/support/days'
import { Shop } from '../../insights/support/shop'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { renderKit } from '../support/render-kit'

let backend: TestBackend
beforeEach(() => (backend = openTestBackend()))
afterEach(() => backend.close())

/**
 * The hand-worked baskets of tests/insights/bundles.test.ts (its numbers are checked there, and
 * apriori's against R arules): 10 baskets, cup in 5, tea in 6, both in 3 — cup → tea has
 * support 3/10, confidence 3/5 and lift (3/5) / (6/10) = 1.0; cake in 4, cake → tea 3 of 4.
 */
async function rules(): Promise<{ data: BundlesResult; ids: Record<string, number> }> {
  const shop = new Shop(backend.db)
  const ids = { cup: shop.product('CUP', '茶杯'), tea: shop.product('TEA', '龙井茶'), cake: shop.product('CAKE', '月饼') }
  const baskets = [
    [ids.cup, ids.tea],
    [ids.cup, ids.tea],
    [ids.cup, ids.tea, ids.cake],
    [ids.cup],
    [ids.cup],
    [ids.tea, ids.cake],
    [ids.tea, ids.cake],
    [ids.tea],
    [ids.cake],
    [ids.cake],
  ]
  const customers = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((n) => shop.customer(n))
  baskets.forEach((products, i) => shop.order({ customerId: customers[i], day: daysAgo(i), total: 100, productIds: products }))
  const result = await backend.dispatch('analytics.bundles', { minSupport: 0.1, minConfidence: 0.1, limit: 50 })
  if (!result.ok) throw new Error(result.error.message)
  return { data: result.data as BundlesResult, ids }
}

describe('bundles: a rule in words and its one-click segment', () => {
  it('says confidence as "k in n" in tens, else hundreds or thousands (never 0 in 10; 10 in 10 only when all)', () => {
    expect(inWords(0.3)).toEqual({ k: 3, n: 10 })
    expect(inWords(0.75)).toEqual({ k: 8, n: 10 })
    expect(inWords(0.04)).toEqual({ k: 4, n: 100 })
    expect(inWords(0.002)).toEqual({ k: 2, n: 1000 })
    expect(inWords(0.98)).toEqual({ k: 98, n: 100 })
    expect(inWords(1)).toEqual({ k: 10, n: 10 })
  })

  it('reads the engine’s figures in both languages, with numbers formatted per locale', async () => {
    const { data } = await rules()
    const cakeTea = data.rules.find(
      (r) => r.antecedent.length === 1 && r.antecedent[0].sku === 'CAKE' && r.consequent[0].sku === 'TEA',
    )!
    expect(cakeTea.support).toBeCloseTo(3 / 10, 12)
    expect(cakeTea.confidence).toBeCloseTo(3 / 5, 12)
    expect(cakeTea.lift).toBeCloseTo(3 / 5 / (6 / 10), 12)
    const cupTea = data.rules.find(
      (r) => r.antecedent.length === 1 && r.antecedent[0].sku === 'CUP' && r.consequent[0].sku === 'TEA',
    )!
    expect(cupTea.confidence).toBeCloseTo(3 / 5, 12)
    const withLift = { ...cupTea, lift: 2.4, support: 0.3 }
    const view = await renderKit(<BundleRule rule={withLift} onTarget={() => undefined} />, 'en')
    expect(screen.getByText('6 in 10 who buy 茶杯 also buy 龙井茶, 2.4× more than average.')).toBeTruthy()
    expect(screen.getByText(/Together in 30% of baskets \(3 baskets\)/)).toBeTruthy()
    view.unmount()
    await renderKit(<BundleRule rule={{ ...withLift, lift: 0.8 }} onTarget={() => undefined} />, 'zh-CN')
    expect(screen.getByText('买了茶杯的顾客中，每 10 位有 6 位也买了龙井茶，仅为平均水平的 0.8 倍。')).toBeTruthy()
    expect(screen.getByRole('button', { name: '找出买过茶杯但从未买过龙井茶的客户' })).toBeTruthy()
    // The engine's own cup → tea has lift 1.0: no pull, said so.
    await renderKit(<BundleRule rule={cupTea} onTarget={() => undefined} />, 'en')
    expect(screen.getByText('6 in 10 who buy 茶杯 also buy 龙井茶, about as often as anyone does.')).toBeTruthy()
  })

  it('"buyers of X who never bought Y" is a valid definition whose members an independent query agrees with', async () => {
    const { ids } = await rules()
    const definition = targetDefinition(
      [{ productId: ids.cup, sku: 'CUP', name: '茶杯' }],
      [{ productId: ids.tea, sku: 'TEA', name: '龙井茶' }],
    )
    expect(segmentDefinition.parse(definition)).toEqual({
      match: 'all',
      groups: [
        {
          match: 'all',
          rules: [
            { kind: 'bought', target: { productId: ids.cup }, when: 'ever' },
            { kind: 'bought', target: { productId: ids.tea }, when: 'never' },
          ],
        },
      ],
    })
    const saved = await backend.dispatch('segments.save', { name: 'Cup, never tea', definition })
    if (!saved.ok) throw new Error(saved.error.message)
    const got = await backend.dispatch('segments.get', { id: (saved.data as { id: number }).id })
    const expected = backend.db
      .prepare(
        `SELECT count(DISTINCT o.customer_id) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE l.product_id = ?
         AND o.customer_id NOT IN (SELECT o2.customer_id FROM orders o2 JOIN order_lines l2 ON l2.order_id = o2.id WHERE l2.product_id = ?)`,
      )
      .pluck()
      .get(ids.cup, ids.tea)
    expect(expected).toBe(2)
    expect(got).toMatchObject({ ok: true, data: { count: expected } })
  })
})
