import type Database from 'better-sqlite3'
import { writeAudit } from '../audit/audit-log'
import { prepared, tableWriter } from '../db/sql'
import { writeTransaction } from '../db/transaction'
import { findTag, requireTag } from './tags'

export type TagChoice = { tagId: number } | { tagName: string }

/** A tag as it is created: names are unique, case-blind and trimmed (the schema refuses a second). */
export interface TagValues {
  name: string
  color?: string | null
}

export const insertTag = tableWriter<TagValues>('tags', (t) => ({ name: t.name?.trim(), color: t.color })).insert

/** Puts one tag on one customer (bulk writers: the seed); `createdAt` defaults to now. */
export function addCustomerTag(db: Database.Database, customerId: number, tagId: number, createdAt?: string): void {
  prepared(
    db,
    `INSERT INTO customer_tags (customer_id, tag_id, created_at) VALUES (?, ?, coalesce(?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))`,
  ).run(customerId, tagId, createdAt ?? null)
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

function ensureTag(db: Database.Database, name: string): number {
  const existing = findTag(db, name)
  if (existing !== undefined) return existing
  const id = insertTag(db, { name })
  writeAudit(db, { entity: 'tag', entityId: id, action: 'create', after: { name: name.trim() } })
  return id
}
