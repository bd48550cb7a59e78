/**
 * What an import's undo kept, and why: a record the owner has worked on since (a call logged, a
 * tag, an order rung up by hand, another customer merged into it …) stays, with what holds it.
 */
export interface KeptRecord {
  /** The table of the kept record (`customers`, `products`, `orders` …). */
  table: string
  id: number
  /** How the owner knows it: a customer's name, a product's SKU, an order's number. */
  name: string
  /**
   * What holds it: records of other tables pointing at it, counted by table (`activities`,
   * `customer_tags`, `orders` …), or `mergedInto` for a customer merged into another since.
   */
  holds: { table: string; count: number }[]
}

export interface UndoResult {
  removed: number
  restored: number
  /** Present when records were kept; the rest of the import was undone. */
  kept?: KeptRecord[]
}

/** Catalog key of a hold's wording (`csv.import.holds.<table>`, "calls and notes: {{count}}"). */
export const holdKey = (table: string): string => `csv.import.holds.${table}`
/** Catalog keys of the list's punctuation (`csv.import.keptList.entry`, `.join`, `.holdsJoin`). */
const LIST_KEYS = 'csv.import.keptList'

/**
 * "张三 (calls and notes: 1, tags: 1); 李四 (merged into another customer)" for the first `max`
 * records, in the caller's language: `tr` is the main process's translate or the renderer's t.
 * A table without wording (a module added later) is named as it is, never dropped.
 */
export function describeKept(
  kept: readonly KeptRecord[],
  tr: (key: string, params: Record<string, string | number>) => string,
  max = 5,
): string {
  const hold = ({ table, count }: KeptRecord['holds'][number]): string => {
    const worded = tr(holdKey(table), { count })
    return worded === holdKey(table) || worded === '' ? `${table}: ${count}` : worded
  }
  // Punctuation is the language's own: "张三（通话和备注 1 条）；李四", "Zhang (tags: 1); Li".
  const worded = (key: string, params: Record<string, string>, fallback: string): string => {
    const text = tr(key, params)
    return text === key || text === '' ? fallback : text
  }
  const join = worded(`${LIST_KEYS}.join`, {}, '; ')
  const entry = (k: KeptRecord): string => {
    if (k.holds.length === 0) return k.name
    const holds = k.holds.map(hold).join(worded(`${LIST_KEYS}.holdsJoin`, {}, ', '))
    return worded(`${LIST_KEYS}.entry`, { name: k.name, holds }, `${k.name} (${holds})`)
  }
  const shown = kept.slice(0, max).map(entry)
  return kept.length > max ? `${shown.join(join)} …` : shown.join(join)
}
