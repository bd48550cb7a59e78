import { assertEncoded, encodeBaskets, type EncodedBaskets } from './encoded-baskets'
import { type FoundItemset, mineLonger } from './itemset-mining'
import { assertUnit } from './validate'

export interface AprioriOptions {
  /** Inclusive: an itemset in exactly minSupport·n baskets is frequent. */
  minSupport: number
  /** Inclusive: a rule with confidence exactly minConfidence is kept. */
  minConfidence: number
  /** Largest itemset size; unlimited when absent. */
  maxLength?: number
}

export interface Itemset {
  items: string[]
  count: number
  support: number
}

export interface Rule {
  antecedent: string[]
  consequent: string[]
  count: number
  support: number
  confidence: number
  lift: number
}

/**
 * Frequent itemsets and one-consequent association rules.
 *
 * Counting: items become integer ids; pairs are counted in one pass over the baskets into a
 * triangular array, and longer itemsets grow depth-first (Eclat) by intersecting sorted tid lists,
 * only along pairs that are themselves frequent. Thresholds compare integer counts
 * (count ≥ ⌈minSupport·n − 1e-9⌉) so a ratio landing exactly on the threshold passes.
 *
 * Order: items inside a set by label (code-unit order); itemsets by size, then count descending,
 * then items; rules by confidence, lift and count descending, then antecedent, then consequent.
 * Labels are kept exactly as given (no trimming); duplicates inside one basket count once.
 */
export function apriori(transactions: string[][], opts: AprioriOptions): { itemsets: Itemset[]; rules: Rule[] } {
  if (!Array.isArray(transactions)) throw new Error('transactions must be an array of baskets')
  if (transactions.length === 0) throw new Error('transactions is empty')
  checkOptions(opts)
  return aprioriEncoded(encodeBaskets(transactions), opts)
}

/** `apriori()` over baskets already encoded as integer columns (./encoded-baskets.ts). */
export function aprioriEncoded(baskets: EncodedBaskets, opts: AprioriOptions): { itemsets: Itemset[]; rules: Rule[] } {
  const n = assertEncoded(baskets)
  const maxLength = checkOptions(opts)
  const minCount = Math.max(1, Math.ceil(opts.minSupport * n - 1e-9))

  // The frequent items, renumbered in label order.
  const labelsById = baskets.labels
  const itemCounts = new Int32Array(labelsById.length)
  for (const item of baskets.items) itemCounts[item]++
  const frequentIds = Array.from(labelsById.keys()).filter((id) => itemCounts[id] >= minCount)
  frequentIds.sort((a, b) => compareStrings(labelsById[a], labelsById[b]))
  const m = frequentIds.length
  const rankOf = new Int32Array(labelsById.length).fill(-1)
  frequentIds.forEach((id, r) => (rankOf[id] = r))
  const labels = frequentIds.map((id) => labelsById[id])
  const single = frequentIds.map((id) => itemCounts[id])

  const found: FoundItemset[] = []
  for (let r = 0; r < m; r++) found.push({ items: Int32Array.of(r), count: single[r] })
  if (maxLength >= 2 && m >= 2) mineLonger(baskets, rankOf, m, minCount, maxLength, found)

  const countOf = new Map<string, number>()
  for (const f of found) countOf.set(itemsetKey(f.items), f.count)
  const rules: { rule: Rule; a: Int32Array; c: number }[] = []
  for (const f of found) {
    if (f.items.length < 2) continue
    for (let i = 0; i < f.items.length; i++) {
      const ante = f.items.filter((_, j) => j !== i)
      const anteCount = countOf.get(itemsetKey(ante)) as number
      if (f.count < Math.ceil(opts.minConfidence * anteCount - 1e-9)) continue
      const c = f.items[i]
      const confidence = f.count / anteCount
      const rule: Rule = {
        antecedent: Array.from(ante, (r) => labels[r]),
        consequent: [labels[c]],
        count: f.count,
        support: f.count / n,
        confidence,
        lift: confidence / (single[c] / n),
      }
      rules.push({ rule, a: ante, c })
    }
  }
  found.sort((x, y) => x.items.length - y.items.length || y.count - x.count || compareIds(x.items, y.items))
  rules.sort(
    (x, y) =>
      y.rule.confidence - x.rule.confidence ||
      y.rule.lift - x.rule.lift ||
      y.rule.count - x.rule.count ||
      compareIds(x.a, y.a) ||
      x.c - y.c,
  )
  return {
    itemsets: found.map((f) => ({ items: Array.from(f.items, (r) => labels[r]), count: f.count, support: f.count / n })),
    rules: rules.map((r) => r.rule),
  }
}

/** Validates the thresholds; returns the largest itemset size. */
function checkOptions(opts: AprioriOptions): number {
  assertUnit('minSupport', opts.minSupport)
  assertUnit('minConfidence', opts.minConfidence)
  if (opts.minSupport === 0) throw new Error('minSupport must be greater than 0')
  const maxLength = opts.maxLength ?? Infinity
  if (!(maxLength >= 1) || (maxLength !== Infinity && !Number.isInteger(maxLength))) {
    throw new Error(`maxLength must be a positive integer, got ${String(opts.maxLength)}`)
  }
  return maxLength
}

/** A compact Map key for a set of ranks: one UTF-16 unit per rank below 0xffff, escaped above. */
function itemsetKey(items: Int32Array): string {
  let key = ''
  for (let i = 0; i < items.length; i++) key += items[i] < 0xffff ? String.fromCharCode(items[i]) : `\uffff${items[i]},`
  return key
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function compareIds(a: Int32Array, b: Int32Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}
