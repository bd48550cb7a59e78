import type Database from 'better-sqlite3'

/**
 * Grows a shop's file by about `mb` MB of audit log (2 KB of incompressible text per entry), in
 * one statement: a file large enough for the encryption switch to take a while — the copy
 * growing, a Cancel landing mid-copy — in seconds instead of seeding 100,000 customers.
 */
export function growAuditLog(db: Database.Database, mb: number): void {
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO audit_log (entity, entity_id, action, after)
     SELECT 'customers', i, 'update', json_object('notes', hex(randomblob(1000))) FROM n`,
  ).run(mb * 512)
}
