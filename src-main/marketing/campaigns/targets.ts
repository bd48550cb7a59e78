import type Database from 'better-sqlite3'
import { prepared } from '../../db/sql'
import { segmentCustomerIds } from '../segments/evaluate'

/**
 * Who a launch reaches: the customers chosen, else the campaign's saved segment as it is now (a
 * definition evaluated, a frozen snapshot's stored members). Only live customers, each once, ascending.
 */
export function campaignTargets(db: Database.Database, segmentId: number | null, customerIds?: readonly number[]): number[] {
  const chosen = customerIds ?? (segmentId === null ? [] : segmentCustomerIds(db, segmentId))
  return prepared(db, 'SELECT id FROM customers WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL ORDER BY id')
    .pluck()
    .all(JSON.stringify(chosen)) as number[]
}
