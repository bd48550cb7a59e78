import type Database from 'better-sqlite3'
import { prepared } from '../../db/sql'

/**
 * Who a launch reaches: the customers chosen, else the campaign's saved segment. Only live
 * customers, each once, ascending.
 */
export function campaignTargets(db: Database.Database, segmentId: number | null, customerIds?: readonly number[]): number[] {
  const chosen = customerIds ?? (segmentId === null ? [] : segmentMembers(db, segmentId))
  return prepared(db, 'SELECT id FROM customers WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY id')
    .pluck()
    .all(JSON.stringify(chosen)) as number[]
}

/** A saved segment's stored members (until the segments engine resolves live definitions). */
function segmentMembers(db: Database.Database, segmentId: number): number[] {
  return prepared(db, 'SELECT customer_id FROM segment_members WHERE segment_id = ?').pluck().all(segmentId) as number[]
}
