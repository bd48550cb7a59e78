import type Database from 'better-sqlite3'
import { textKeys } from '../customers/search-keys'
import { prepared } from '../db/sql'
import { writeTransaction } from '../db/transaction'

/**
 * Products written before the search keys existed (migration 0004 adds them as NULL) get theirs
 * here, the first time the catalog is read: the keys come from pinyin-pro, which SQL cannot run.
 * The index on the missing rows makes the check free once they are filled. Derived columns
 * only, so `updated_at` stays (it is not an edit). A read-only file (damaged) keeps them missing:
 * search then finds by name and SKU.
 */
export function fillMissingSearchKeys(db: Database.Database): void {
  const missing = prepared(db, 'SELECT id, name FROM products WHERE name_pinyin IS NULL').all() as { id: number; name: string }[]
  if (missing.length === 0) return
  const update = prepared(db, 'UPDATE products SET name_pinyin = ?, name_initials = ?, sort_key = ? WHERE id = ?')
  try {
    writeTransaction(db, () => {
      for (const { id, name } of missing) {
        const keys = textKeys(name)
        update.run(keys.namePinyin, keys.nameInitials, keys.sortKey, id)
      }
    })
  } catch (error) {
    if (!String((error as { code?: unknown }).code).startsWith('SQLITE_READONLY')) throw error
  }
}
