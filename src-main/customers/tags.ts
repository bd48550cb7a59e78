import type Database from 'better-sqlite3'
import type { Tag } from '../../src-shared/domain/customer-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { writeAudit } from '../audit/audit-log'
import { writeTransaction } from '../db/transaction'
import { prepared } from './statements'

export type TagChoice = { tagId: number } | { tagName: string }

/** Every tag by name, with how many live customers carry it. */
export function listTags(db: Database.Database): Tag[] {
  return prepared(
    db,
    `SELECT t.id, t.name, t.color,
       (SELECT count(*) FROM customer_tags ct JOIN customers c ON c.id = ct.customer_id
        WHERE ct.tag_id = t.id AND c.deleted_at IS NULL) AS usage
     FROM tags t ORDER BY t.name COLLATE NOCASE`,
  ).all() as Tag[]
}

/** Adds the tag (created when the name is new; names are case-blind) to live customers. */
export function tagCustomers(db: Database.Database, ids: readonly number[], choice: TagChoice): number {
  return writeTransaction(db, () => {
    const tagId = 'tagId' in choice ? requireTag(db, choice.tagId) : ensureTag(db, choice.tagName)
    const added = prepared(
      db,
      `INSERT OR IGNORE INTO customer_tags (customer_id, tag_id)
       SELECT c.id, @tag FROM customers c WHERE c.id IN (SELECT value FROM json_each(@ids)) AND c.deleted_at IS NULL
       RETURNING customer_id`,
    )
      .pluck()
      .all({ ids: JSON.stringify(ids), tag: tagId }) as number[]
    if (added.length > 0) writeAudit(db, { entity: 'tag', entityId: tagId, action: 'update', after: { added } })
    return added.length
  })
}

/** Removes the tag from the customers; an unknown tag name removes nothing. */
export function untagCustomers(db: Database.Database, ids: readonly number[], choice: TagChoice): number {
  return writeTransaction(db, () => {
    const tagId = 'tagId' in choice ? requireTag(db, choice.tagId) : findTag(db, choice.tagName)
    if (tagId === undefined) return 0
    const removed = prepared(
      db,
      `DELETE FROM customer_tags WHERE tag_id = @tag AND customer_id IN (SELECT value FROM json_each(@ids))
       RETURNING customer_id`,
    )
      .pluck()
      .all({ ids: JSON.stringify(ids), tag: tagId }) as number[]
    if (removed.length > 0) writeAudit(db, { entity: 'tag', entityId: tagId, action: 'update', after: { removed } })
    return removed.length
  })
}

function findTag(db: Database.Database, name: string): number | undefined {
  return prepared(db, 'SELECT id FROM tags WHERE name = ?').pluck().get(name.trim()) as number | undefined
}

function requireTag(db: Database.Database, id: number): number {
  if (!prepared(db, 'SELECT 1 FROM tags WHERE id = ?').get(id)) throw new AppError('tag_not_found', { id })
  return id
}

function ensureTag(db: Database.Database, name: string): number {
  const existing = findTag(db, name)
  if (existing !== undefined) return existing
  const id = Number(prepared(db, 'INSERT INTO tags (name) VALUES (?)').run(name.trim()).lastInsertRowid)
  writeAudit(db, { entity: 'tag', entityId: id, action: 'create', after: { name: name.trim() } })
  return id
}
