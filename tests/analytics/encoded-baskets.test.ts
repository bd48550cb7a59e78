import { describe, expect, it } from 'vitest'
import { apriori, aprioriEncoded } from '../../src-main/analytics'
import { encodeBaskets } from '../../src-main/analytics/encoded-baskets'

const baskets = [['tea', 'cup'], ['tea', 'cup', 'tea'], ['pot', 'cup'], ['tea'], ['cup', 'pot', 'tea']]
const options = { minSupport: 0.2, minConfidence: 0.3 }

describe('apriori over encoded baskets', () => {
  it('encodes ids by first appearance, each item once per basket', () => {
    expect(encodeBaskets(baskets)).toEqual({
      offsets: Int32Array.of(0, 2, 4, 6, 7, 10),
      items: Int32Array.of(0, 1, 0, 1, 2, 1, 0, 1, 2, 0),
      labels: ['tea', 'cup', 'pot'],
    })
  })

  it('finds what apriori finds on the same baskets written as strings', () => {
    const labels = ['pot', 'cup', 'tea']
    const columns = {
      offsets: Int32Array.of(0, 2, 4, 6, 7, 10),
      items: Int32Array.of(2, 1, 1, 2, 0, 1, 2, 0, 1, 2),
      labels,
    }
    expect(aprioriEncoded(columns, options)).toEqual(apriori(baskets, options))
  })

  it.each([
    [{ offsets: Int32Array.of(0), items: new Int32Array(0), labels: [] }, /transactions is empty/],
    [{ offsets: Int32Array.of(0, 2), items: Int32Array.of(0, 0), labels: ['a'] }, /basket 0 holds item 0 twice/],
    [{ offsets: Int32Array.of(0, 1), items: Int32Array.of(3), labels: ['a'] }, /outside labels/],
    [{ offsets: Int32Array.of(0, 2, 1), items: Int32Array.of(0), labels: ['a'] }, /offsets/],
  ])('rejects malformed columns %#', (columns, message) => {
    expect(() => aprioriEncoded(columns, options)).toThrow(message)
  })
})
