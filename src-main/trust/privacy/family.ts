import type Database from 'better-sqlite3'
import { prepared } from '../../db/sql'

/**
 * A customer and every customer merged into them (directly or through an earlier merge): the
 * merged ones are shells in the Trash that still hold who they were, so an erasure or an export
 * covers them too. Empty when the customer does not exist.
 */
export function customerFamily(db: Database.Database, id: number): number[] {
  return prepared(
    db,
    `WITH RECURSIVE family(id) AS (
       SELECT id FROM customers WHERE id = ?
       UNION SELECT c.id FROM customers c JOIN family f ON c.merged_into_id = f.id)
     SELECT id FROM family ORDER BY id`,
  )
    .pluck()
    .all(id) as number[]
}
