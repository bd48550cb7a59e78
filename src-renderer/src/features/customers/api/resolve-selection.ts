import { call } from '../../../lib/ipc'
import type { Selection } from '../../../lib/selection'
import type { CustomerQuery } from '../stores/list'

/** The largest page `customers.list` and `customers.trash` serve. */
const LIST_MAX = 500

/**
 * The ids a selection stands for. Explicit ticks are the ids themselves; "all" is every row of
 * the current query minus the unticked ones, read page by page from the server.
 */
export function resolveSelection(selection: Selection<number>, query: CustomerQuery): Promise<number[]> {
  return resolveIds(selection, (offset, limit) => call('customers.list', { ...query, offset, limit }))
}

/** `resolveSelection` over any paged list of rows with ids. */
export async function resolveIds(
  selection: Selection<number>,
  page: (offset: number, limit: number) => Promise<{ rows: { id: number }[]; total: number }>,
): Promise<number[]> {
  if (!selection.all) return [...selection.ids]
  const ids: number[] = []
  for (let offset = 0; ; offset += LIST_MAX) {
    const { rows, total } = await page(offset, LIST_MAX)
    for (const row of rows) if (!selection.ids.has(row.id)) ids.push(row.id)
    if (rows.length < LIST_MAX || offset + LIST_MAX >= total) return ids
  }
}

/** The most ids one bulk request accepts (the contract's `ids` limit). */
const BULK_MAX = 10_000

/** Runs a bulk request over any number of ids, 10,000 at a time; returns the summed count. */
export async function inChunks(ids: number[], run: (chunk: number[]) => Promise<{ count: number }>): Promise<number> {
  let count = 0
  for (let i = 0; i < ids.length; i += BULK_MAX) count += (await run(ids.slice(i, i + BULK_MAX))).count
  return count
}
