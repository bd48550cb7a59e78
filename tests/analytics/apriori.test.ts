import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { apriori } from '../../src-main/analytics'
import { sharedDataFile, sharedDataSkipReason } from '../support/shared-data'

/** Independent brute force: counts baskets that contain every item, with plain Sets. */
function bruteCount(baskets: Set<string>[], items: string[]): number {
  let c = 0
  for (const b of baskets) if (items.every((i) => b.has(i))) c++
  return c
}

/** The same count, scanning only the baskets that hold the rarest item (keeps the big test fast). */
function indexedCounter(baskets: Set<string>[]): (items: string[]) => number {
  const holding = new Map<string, Set<string>[]>()
  for (const b of baskets) {
    for (const i of b) {
      const list = holding.get(i)
      if (list) list.push(b)
      else holding.set(i, [b])
    }
  }
  return (items) => {
    const lists = items.map((i) => holding.get(i) ?? [])
    const shortest = lists.reduce((a, l) => (l.length < a.length ? l : a))
    return bruteCount(shortest, items)
  }
}

const key = (items: string[]): string => [...items].sort().join('\u0000')

const groceries = sharedDataFile('groceries_basket.csv')

describe.skipIf(!groceries)(
  `apriori on Groceries (9,835 baskets), checked by brute force${groceries ? '' : ` — ${sharedDataSkipReason}`}`,
  () => {
    const tx = groceries
      ? readFileSync(groceries, 'utf8')
          .split('\n')
          .filter((l) => l.length > 0)
          .map((l) => l.split(','))
      : []
    const sets = tx.map((t) => new Set(t))
    const count = indexedCounter(sets)
    const n = tx.length
    const minCount = Math.ceil(0.001 * n) // 10 baskets
    const res = groceries ? apriori(tx, { minSupport: 0.001, minConfidence: 0.5 }) : { itemsets: [], rules: [] }

    it('reads 9,835 baskets and keeps labels exactly (trailing spaces included)', () => {
      expect(n).toBe(9835)
      const labels = new Set(res.itemsets.filter((s) => s.items.length === 1).map((s) => s.items[0]))
      expect(labels.has('cream cheese ')).toBe(true)
      expect(labels.has('roll products ')).toBe(true)
      expect(labels.has('cream cheese')).toBe(false)
    })

    it("every reported itemset's count and support match a brute-force scan", () => {
      for (const s of res.itemsets) {
        const c = count(s.items)
        expect(c, s.items.join(' + ')).toBe(s.count)
        expect(c).toBeGreaterThanOrEqual(minCount)
        expect(s.support).toBeCloseTo(c / n, 15)
      }
    })

    it('no frequent single, pair or triple is missing (brute-force enumeration)', () => {
      const counts = new Map<string, number>()
      for (const t of tx) {
        const items = [...new Set(t)].sort()
        for (let a = 0; a < items.length; a++) {
          const k1 = items[a]
          counts.set(k1, (counts.get(k1) ?? 0) + 1)
          for (let b = a + 1; b < items.length; b++) {
            const k2 = key([items[a], items[b]])
            counts.set(k2, (counts.get(k2) ?? 0) + 1)
            for (let c = b + 1; c < items.length; c++) {
              const k3 = key([items[a], items[b], items[c]])
              counts.set(k3, (counts.get(k3) ?? 0) + 1)
            }
          }
        }
      }
      const reported = new Map(res.itemsets.filter((s) => s.items.length <= 3).map((s) => [key(s.items), s.count]))
      const expected = new Map([...counts].filter(([, c]) => c >= minCount))
      expect(reported.size).toBe(expected.size)
      for (const [k, c] of expected) expect(reported.get(k), k).toBe(c)
    })

    it('rules: confidence and lift recomputed by brute force; complete for every frequent itemset', () => {
      // The published arules figure for Groceries at support 0.001 / confidence 0.5.
      expect(res.rules).toHaveLength(5668)
      for (const r of res.rules) {
        const both = count([...r.antecedent, ...r.consequent])
        const ante = count(r.antecedent)
        const cons = count(r.consequent)
        expect(r.count).toBe(both)
        expect(r.confidence).toBeCloseTo(both / ante, 14)
        expect(r.lift).toBeCloseTo(both / ante / (cons / n), 12)
        expect(r.confidence).toBeGreaterThanOrEqual(0.5)
      }
      const ruleKeys = new Set(res.rules.map((r) => `${key(r.antecedent)}=>${r.consequent[0]}`))
      const countOf = new Map(res.itemsets.map((s) => [key(s.items), s.count]))
      let expected = 0
      for (const s of res.itemsets) {
        if (s.items.length < 2) continue
        for (const c of s.items) {
          const ante = s.items.filter((i) => i !== c)
          if (s.count / (countOf.get(key(ante)) as number) >= 0.5) {
            expected++
            expect(ruleKeys.has(`${key(ante)}=>${c}`)).toBe(true)
          }
        }
      }
      expect(expected).toBe(res.rules.length)
    })

    it('is sorted as documented', () => {
      for (let i = 1; i < res.rules.length; i++) {
        const a = res.rules[i - 1]
        const b = res.rules[i]
        expect(a.confidence > b.confidence || (a.confidence === b.confidence && a.lift >= b.lift)).toBe(true)
      }
      for (let i = 1; i < res.itemsets.length; i++) {
        const a = res.itemsets[i - 1]
        const b = res.itemsets[i]
        expect(a.items.length < b.items.length || (a.items.length === b.items.length && a.count >= b.count)).toBe(true)
      }
    })
  },
)

describe('apriori semantics', () => {
  it('both thresholds are inclusive, including ratios that are inexact in floating point', () => {
    const tx = [['a', 'b'], ['a', 'b'], ['a'], ['a'], ['c'], ['c']]
    // {a,b}: support 2/6; a→b confidence exactly 0.5.
    const res = apriori(tx, { minSupport: 2 / 6, minConfidence: 0.5 })
    expect(res.rules.map((r) => `${r.antecedent.join('+')}->${r.consequent[0]}`)).toEqual(['b->a', 'a->b'])
    // 0.1 × 30 = 3.0000000000000004 in doubles: an item in exactly 3 of 30 baskets must pass.
    const thirty = Array.from({ length: 30 }, (_, i) => (i < 3 ? ['x'] : ['y']))
    expect(apriori(thirty, { minSupport: 0.1, minConfidence: 0 }).itemsets.map((s) => s.items[0])).toContain('x')
  })

  it('counts duplicates inside a basket once, and honours maxLength', () => {
    const res = apriori(
      [
        ['a', 'a', 'b'],
        ['a', 'b', 'c'],
        ['a', 'b', 'c'],
      ],
      { minSupport: 0.5, minConfidence: 0.5, maxLength: 2 },
    )
    expect(res.itemsets.find((s) => s.items.join() === 'a')?.count).toBe(3)
    expect(Math.max(...res.itemsets.map((s) => s.items.length))).toBe(2)
  })

  const basketArb = fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 }), {
    minLength: 1,
    maxLength: 40,
  })

  it('property: equals brute-force enumeration of all itemsets on small data', () => {
    fc.assert(
      fc.property(basketArb, fc.double({ min: 0.01, max: 1, noNaN: true }), (tx, minSupport) => {
        const sets = tx.map((t) => new Set(t))
        const res = apriori(tx, { minSupport, minConfidence: 0 })
        const universe = ['a', 'b', 'c', 'd', 'e', 'f']
        const expected = new Map<string, number>()
        for (let mask = 1; mask < 64; mask++) {
          const items = universe.filter((_, i) => mask & (1 << i))
          const c = bruteCount(sets, items)
          if (c > 0 && c / tx.length >= minSupport - 1e-12) expected.set(key(items), c)
        }
        expect(new Map(res.itemsets.map((s) => [key(s.items), s.count]))).toEqual(expected)
      }),
      { numRuns: 200 },
    )
  })

  it('property: rule and itemset counts never rise as thresholds rise', () => {
    fc.assert(
      fc.property(
        basketArb,
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (tx, s1, s2, c1, c2) => {
          const lo = apriori(tx, { minSupport: Math.min(s1, s2), minConfidence: Math.min(c1, c2) })
          const hi = apriori(tx, { minSupport: Math.max(s1, s2), minConfidence: Math.max(c1, c2) })
          expect(hi.rules.length).toBeLessThanOrEqual(lo.rules.length)
          expect(hi.itemsets.length).toBeLessThanOrEqual(lo.itemsets.length)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('rejects bad input', () => {
    expect(() => apriori([], { minSupport: 0.1, minConfidence: 0.5 })).toThrow(/transactions is empty/)
    expect(() => apriori([['a']], { minSupport: 0, minConfidence: 0.5 })).toThrow(/minSupport must be greater than 0/)
    expect(() => apriori([['a']], { minSupport: 0.5, minConfidence: 1.5 })).toThrow(/minConfidence must be within/)
    expect(() => apriori([['a'], 'b' as unknown as string[]], { minSupport: 0.5, minConfidence: 0.5 })).toThrow(
      /transactions\[1\] is not an array/,
    )
    expect(() => apriori([['a']], { minSupport: 0.5, minConfidence: 0.5, maxLength: 0 })).toThrow(/maxLength/)
  })
})
