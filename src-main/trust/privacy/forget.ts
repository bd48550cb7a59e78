import type Database from 'better-sqlite3'
import { scrubAudit, type ForgottenPerson } from '../../audit/scrub-audit'
import { prepared } from '../../db/sql'

/** Where a customer's other records are logged: audit entity → the ids of its rows that are theirs. */
const RECORDS: Record<string, string> = {
  order: 'SELECT id FROM orders WHERE customer_id = ?',
  order_refund: 'SELECT r.id FROM order_refunds r JOIN orders o ON o.id = r.order_id WHERE o.customer_id = ?',
  deal: 'SELECT id FROM deals WHERE customer_id = ?',
  ticket: 'SELECT id FROM tickets WHERE customer_id = ?',
  activity: 'SELECT id FROM activities WHERE customer_id = ?',
  task: 'SELECT id FROM tasks WHERE customer_id = ?',
  survey_request: 'SELECT id FROM survey_requests WHERE customer_id = ?',
}

/**
 * What identifies each customer, read before their rows go: name, the contact details that
 * could point to them from other records' text, and those records.
 */
export function loadPeople(db: Database.Database, ids: readonly number[]): ForgottenPerson[] {
  const rows = prepared(
    db,
    `SELECT id, name, phone, phone_norm, email, wechat_id, address, code
     FROM customers WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as (Record<'name', string> & Record<string, string | number | null>)[]
  return rows.map(({ id, name, ...contacts }) => ({
    id: Number(id),
    name,
    contacts: Object.values(contacts).filter((v): v is string => typeof v === 'string' && v.length > 0),
    records: Object.fromEntries(
      Object.entries(RECORDS).map(([entity, sql]) => [entity, prepared(db, sql).pluck().all(id) as number[]]),
    ),
  }))
}

/**
 * Removes the traces a customer's rows leave elsewhere, inside the caller's transaction and
 * before the customer rows are deleted: the audit log's before/after, and the copies an import
 * kept to undo itself (an import undo will not bring a forgotten customer back). `everywhere`:
 * also any log row holding their phone or email (an erasure; see scrubAudit).
 */
export function forgetTraces(db: Database.Database, people: readonly ForgottenPerson[], everywhere = false): void {
  scrubAudit(db, people, everywhere)
  prepared(db, `DELETE FROM import_changes WHERE table_name = 'customers' AND row_id IN (SELECT value FROM json_each(?))`).run(
    JSON.stringify(people.map((p) => p.id)),
  )
}

/**
 * The search index keeps a deleted customer's words in its old segments until they are merged;
 * `optimize` rewrites the index into one segment without them (with secure_delete on, the old
 * pages are zeroed). Inside the caller's transaction, after the customers rows are deleted.
 */
export function rewriteSearchIndex(db: Database.Database): void {
  prepared(db, `INSERT INTO customers_fts (customers_fts) VALUES ('optimize')`).run()
}

/**
 * After the transaction commits: copies the WAL into the file and truncates it, so the frames
 * that still held the deleted rows are gone too. Best effort: a reader (a worker's long query)
 * keeps the WAL; the next checkpoint then overwrites it.
 */
export function checkpointWal(db: Database.Database): boolean {
  if (db.inTransaction) return false
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
  return result?.busy === 0
}
