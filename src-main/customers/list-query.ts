import type Database from 'better-sqlite3'
import type { CustomerRow, TagRef } from '../../src-shared/domain/customer-types'
import type { ListInput, SortColumn } from '../../src-shared/ipc/channels/customer-schemas'
import { NOTES_EXCERPT, rowColumns, toCustomerRow, type RowRecord } from './customer-columns'
import type { CountCache } from './count-cache'
import { buildListFilter, type ListFilter } from './list-filters'
import { prepared } from '../db/sql'

// Each order matches an index (deleted_at, <column>, id) so a page, even a deep one, is an
// index walk; ties end on id so paging is stable.
const ORDER: Record<SortColumn, string[]> = {
  name: ['c.sort_key'],
  phone: ['c.phone_norm'],
  city: ['c.city', 'c.sort_key'],
  source: ['c.source', 'c.sort_key'],
  createdAt: ['c.created_at'],
  updatedAt: ['c.updated_at'],
  lifetimeValue: ['c.lifetime_value'],
  orderCount: ['c.order_count'],
  lastPurchaseAt: ['c.last_purchase_at'],
}

/**
 * One page of the customer table and how many rows match in all. Two steps: the page's ids
 * come from an index-only walk (OFFSET skips index entries, not rows), then only those rows
 * and their tags are read. With a search query, exact and prefix matches come first, then
 * the chosen order.
 */
export function listCustomers(
  db: Database.Database,
  input: ListInput,
  counts: CountCache,
  within?: readonly number[],
): { rows: CustomerRow[]; total: number } {
  const filter = buildListFilter(input, within)
  const rows = pageRows(db, input, filter)
  return { rows, total: counts.count(db, `SELECT count(*) FROM customers c WHERE ${filter.where}`, filter.params) }
}

/**
 * One page of the customer table without the total (an export reads page after page, with
 * `notesChars` large enough for whole notes).
 */
export const listCustomerRows = (db: Database.Database, input: ListInput, notesChars = NOTES_EXCERPT): CustomerRow[] =>
  pageRows(db, input, buildListFilter(input), notesChars)

function pageRows(db: Database.Database, input: ListInput, filter: ListFilter, notesChars = NOTES_EXCERPT): CustomerRow[] {
  const dir = input.sort.dir === 'asc' ? 'ASC' : 'DESC'
  const order = [...ORDER[input.sort.column], 'c.id'].map((column) => `${column} ${dir}`)
  if (filter.rank) order.unshift(filter.rank)
  const idsSql = `SELECT c.id FROM customers c WHERE ${filter.where} ORDER BY ${order.join(', ')} LIMIT @limit OFFSET @offset`
  const ids = prepared(db, idsSql)
    .pluck()
    .all({ ...filter.params, limit: input.limit, offset: input.offset }) as number[]
  return loadRows(db, ids, notesChars)
}

/** Table rows for `ids`, in that order, with their tags. */
export function loadRows(db: Database.Database, ids: readonly number[], notesChars = NOTES_EXCERPT): CustomerRow[] {
  if (ids.length === 0) return []
  const json = JSON.stringify(ids)
  const records = prepared(
    db,
    `SELECT ${rowColumns(notesChars)} FROM customers c WHERE c.id IN (SELECT value FROM json_each(?))`,
  ).all(json) as RowRecord[]
  const tags = new Map<number, TagRef[]>()
  const tagRows = prepared(
    db,
    `SELECT ct.customer_id AS customerId, t.id, t.name, t.color FROM customer_tags ct
     JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id IN (SELECT value FROM json_each(?)) ORDER BY t.name`,
  ).all(json) as (TagRef & { customerId: number })[]
  for (const { customerId, ...tag } of tagRows) {
    const list = tags.get(customerId)
    if (list) list.push(tag)
    else tags.set(customerId, [tag])
  }
  const byId = new Map(records.map((r) => [r.id, r]))
  return ids.flatMap((id) => {
    const record = byId.get(id)
    return record ? [toCustomerRow(record, tags.get(id) ?? [])] : []
  })
}
