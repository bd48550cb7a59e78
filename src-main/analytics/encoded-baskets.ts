/**
 * Baskets as two integer columns: basket t holds `items[offsets[t] .. offsets[t + 1])`, each an
 * index into `labels`, no item twice in one basket. A million order lines take 4 bytes each
 * this way, against an array of strings per basket.
 */
export interface EncodedBaskets {
  /** n + 1 ascending positions into `items`, starting at 0. */
  offsets: Int32Array
  items: Int32Array
  /** The item names; they decide the order of items inside itemsets and rules. */
  labels: string[]
}

/** Integer ids in order of first appearance; duplicates inside one basket count once. */
export function encodeBaskets(transactions: string[][]): EncodedBaskets {
  const idOf = new Map<string, number>()
  const labels: string[] = []
  const seen: number[] = []
  const offsets = new Int32Array(transactions.length + 1)
  const items: number[] = []
  for (let t = 0; t < transactions.length; t++) {
    const basket = transactions[t]
    if (!Array.isArray(basket)) throw new Error(`transactions[${t}] is not an array`)
    for (const item of basket) {
      if (typeof item !== 'string') throw new Error(`transactions[${t}] has a non-string item (${String(item)})`)
      let id = idOf.get(item)
      if (id === undefined) {
        id = labels.length
        idOf.set(item, id)
        labels.push(item)
        seen.push(-1)
      }
      if (seen[id] !== t) {
        seen[id] = t
        items.push(id)
      }
    }
    offsets[t + 1] = items.length
  }
  return { offsets, items: Int32Array.from(items), labels }
}

/** Throws unless `baskets` keeps the contract above; returns the basket count. */
export function assertEncoded({ offsets, items, labels }: EncodedBaskets): number {
  const n = offsets.length - 1
  if (n < 1) throw new Error('transactions is empty')
  if (offsets[0] !== 0 || offsets[n] !== items.length) throw new Error('baskets.offsets must run from 0 to items.length')
  const seen = new Int32Array(labels.length).fill(-1)
  for (let t = 0; t < n; t++) {
    if (offsets[t + 1] < offsets[t] || offsets[t + 1] > items.length) {
      throw new Error(`baskets.offsets must rise from 0 to items.length (basket ${t})`)
    }
    for (let i = offsets[t]; i < offsets[t + 1]; i++) {
      const item = items[i]
      if (!(item >= 0 && item < labels.length)) throw new Error(`basket ${t} has an item outside labels (${item})`)
      if (seen[item] === t) throw new Error(`basket ${t} holds item ${item} twice`)
      seen[item] = t
    }
  }
  return n
}
