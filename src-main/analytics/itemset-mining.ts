/**
 * Frequent itemsets of two or more items for apriori(): pairs by one pass over the baskets into a
 * triangular count array, longer sets depth-first (Eclat) over tid lists and bitsets.
 */

export interface FoundItemset {
  /** Item ranks, ascending. */
  items: Int32Array
  count: number
}

/** Pairs by a triangular count array; longer sets by Eclat over tid lists. */
export function mineLonger(
  baskets: { offsets: Int32Array; items: Int32Array },
  rankOf: Int32Array,
  m: number,
  minCount: number,
  maxLength: number,
  found: FoundItemset[],
): void {
  const { offsets, items } = baskets
  const n = offsets.length - 1
  const pairIndex = (a: number, b: number): number => a * m - (a * (a + 1)) / 2 + (b - a - 1)
  const pairs = new Int32Array((m * (m - 1)) / 2)
  const tidCounts = new Int32Array(m)
  // Each basket's frequent items as sorted ranks, in the same two-column layout as the input.
  const rankStarts = new Int32Array(n + 1)
  const ranks = new Int32Array(items.length)
  let filled = 0
  for (let t = 0; t < n; t++) {
    const start = filled
    for (let i = offsets[t]; i < offsets[t + 1]; i++) {
      const r = rankOf[items[i]]
      if (r >= 0) ranks[filled++] = r
    }
    const rs = ranks.subarray(start, filled).sort()
    rankStarts[t + 1] = filled
    for (let i = 0; i < rs.length; i++) {
      tidCounts[rs[i]]++
      for (let j = i + 1; j < rs.length; j++) pairs[pairIndex(rs[i], rs[j])]++
    }
  }
  const frequentPair = (a: number, b: number): boolean => pairs[pairIndex(a, b)] >= minCount
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      const c = pairs[pairIndex(a, b)]
      if (c >= minCount) found.push({ items: Int32Array.of(a, b), count: c })
    }
  }
  if (maxLength < 3) return
  // Tid lists, and membership bitsets for the items that occur in a frequent pair.
  const tids: Int32Array[] = Array.from({ length: m }, (_, r) => new Int32Array(tidCounts[r]))
  const fill = new Int32Array(m)
  for (let t = 0; t < n; t++) {
    for (let i = rankStarts[t]; i < rankStarts[t + 1]; i++) tids[ranks[i]][fill[ranks[i]]++] = t
  }
  const words = (n + 31) >>> 5
  const bits: (Uint32Array | undefined)[] = new Array(m)
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      if (!frequentPair(a, b)) continue
      for (const r of [a, b]) {
        if (bits[r]) continue
        const set = new Uint32Array(words)
        for (const t of tids[r]) set[t >>> 5] |= 1 << (t & 31)
        bits[r] = set
      }
    }
  }
  // Eclat: T(P∪{x,y}) = T(P∪{x}) ∩ T(y), so each step scans the prefix's (shrinking) tid list
  // and probes y's bitset. Tid lists live in one stack-like arena (offsets, not arrays): the search
  // is depth-first, so a level's lists are dropped by resetting the top when it returns.
  let arena = new Int32Array(1 << 16)
  let top = 0
  const extend = (start: number, len: number, item: number): number => {
    if (top + len > arena.length) {
      const bigger = new Int32Array(Math.max(arena.length * 2, top + len))
      bigger.set(arena.subarray(0, top))
      arena = bigger
    }
    const set = bits[item] as Uint32Array
    let k = top
    for (let i = start; i < start + len; i++) {
      const t = arena[i]
      if ((set[t >>> 5] >>> (t & 31)) & 1) arena[k++] = t
    }
    return k - top
  }
  const grow = (prefix: number[], items: number[], starts: number[], lens: number[]): void => {
    for (let i = 0; i < items.length; i++) {
      const set = [...prefix, items[i]]
      found.push({ items: Int32Array.from(set), count: lens[i] })
      if (set.length >= maxLength) continue
      const mark = top
      const nItems: number[] = []
      const nStarts: number[] = []
      const nLens: number[] = []
      for (let j = i + 1; j < items.length; j++) {
        if (!frequentPair(items[i], items[j])) continue
        const len = extend(starts[i], lens[i], items[j])
        if (len >= minCount) {
          nItems.push(items[j])
          nStarts.push(top)
          nLens.push(len)
          top += len
        }
      }
      if (nItems.length > 0) grow(set, nItems, nStarts, nLens)
      top = mark
    }
  }
  for (let a = 0; a < m; a++) {
    const partners: number[] = []
    for (let b = a + 1; b < m; b++) if (frequentPair(a, b)) partners.push(b)
    if (partners.length < 2) continue
    top = 0
    if (arena.length < tids[a].length) arena = new Int32Array(tids[a].length * 2)
    arena.set(tids[a], 0)
    top = tids[a].length
    // Pairs are already recorded: grow() starts from each pair's extensions, at size three.
    for (let i = 0; i < partners.length - 1; i++) {
      const x = partners[i]
      const mark = top
      const pairStart = top
      const pairLen = extend(0, tids[a].length, x)
      top += pairLen
      const nItems: number[] = []
      const nStarts: number[] = []
      const nLens: number[] = []
      for (let j = i + 1; j < partners.length; j++) {
        const y = partners[j]
        if (!frequentPair(x, y)) continue
        const len = extend(pairStart, pairLen, y)
        if (len >= minCount) {
          nItems.push(y)
          nStarts.push(top)
          nLens.push(len)
          top += len
        }
      }
      if (nItems.length > 0) grow([a, x], nItems, nStarts, nLens)
      top = mark
    }
  }
}
