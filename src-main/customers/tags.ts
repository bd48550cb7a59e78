import type Database from 'better-sqlite3'
import type { Tag, TagRef } from '../../src-shared/domain/customer-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { prepared } from '../db/sql'

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

/** A customer's tags by name. */
export function tagsOf(db: Database.Database, customerId: number): TagRef[] {
  return prepared(
    db,
    `SELECT t.id, t.name, t.color FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id
     WHERE ct.customer_id = ? ORDER BY t.name`,
  ).all(customerId) as TagRef[]
}

/** The tag with this name (names are case-blind and trimmed). */
export function findTag(db: Database.Database, name: string): number | undefined {
  return prepared(db, 'SELECT id FROM tags WHERE name = ?').pluck().get(name.trim()) as number | undefined
}

/** The id, or `tag_not_found`. */
export function requireTag(db: Database.Database, id: number): number {
  if (!prepared(db, 'SELECT 1 FROM tags WHERE id = ?').get(id)) throw new AppError('tag_not_found', { id })
  return id
}
