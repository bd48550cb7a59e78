import type Database from 'better-sqlite3'
import type { TrashRow } from '../../src-shared/domain/customer-merge'
import { prepared } from '../db/sql'
import { planSearch } from './search-plan'

interface TrashRecord {
  id: number
  name: string
  phone: string | null
  email: string | null
  deleted_at: string
  merged_into_id: number | null
  merged_into_name: string | null
  undoable: 0 | 1
}

/**
 * The Trash: customers the owner deleted and customers merged into another, newest first,
 * with whom each was merged into. Rows waiting to be deleted for good are not in it.
 */
export function listTrash(
  db: Database.Database,
  input: { query?: string; offset: number; limit: number },
): { rows: TrashRow[]; total: number } {
  const search = planSearch(input.query ?? '')
  const where = `c.deleted_at IS NOT NULL AND c.purge_batch IS NULL${search ? ` AND ${search.where}` : ''}`
  const params = { ...search?.params, limit: input.limit, offset: input.offset }
  const records = prepared(
    db,
    `SELECT c.id, c.name, c.phone, c.email, c.deleted_at, c.merged_into_id, k.name AS merged_into_name,
       EXISTS (SELECT 1 FROM customer_merges m WHERE m.merged_id = c.id AND m.undone_at IS NULL) AS undoable
     FROM customers c LEFT JOIN customers k ON k.id = c.merged_into_id
     WHERE ${where} ORDER BY c.deleted_at DESC, c.id DESC LIMIT @limit OFFSET @offset`,
  ).all(params) as TrashRecord[]
  const total = prepared(db, `SELECT count(*) FROM customers c WHERE ${where}`)
    .pluck()
    .get(search?.params ?? {}) as number
  return { rows: records.map(toTrashRow), total }
}

function toTrashRow(r: TrashRecord): TrashRow {
  return {
    id: r.id,
    name: r.name,
    phone: r.phone,
    email: r.email,
    deletedAt: r.deleted_at,
    mergedInto: r.merged_into_id === null ? null : { id: r.merged_into_id, name: r.merged_into_name ?? '' },
    canUndoMerge: r.undoable === 1,
  }
}
