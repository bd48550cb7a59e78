-- Bulk writers (CSV import, seed, benchmarks) can index new customers for search once, at the
-- end of their transaction, instead of row by row. Measured at 100,000 customers: the per-row
-- FTS5 insert from the trigger ran ~10k rows/s, one INSERT … SELECT at the end ~50k rows/s
-- (every top-level statement that touches FTS5 flushes its pending terms, so per-row writes
-- leave thousands of tiny index segments to merge).
--
-- While a row exists here, customers with id >= from_id are left out of customers_fts by the
-- triggers; the writer that created the row indexes them in the same transaction and deletes
-- the row (src-main/customers/deferred-search-index.ts), so a committed file never has one.
-- Rows below from_id keep their usual trigger maintenance. New rowids are max(id) + 1, so
-- every row inserted while deferred falls in the deferred range.
CREATE TABLE customers_fts_deferred (
  id      INTEGER PRIMARY KEY CHECK (id = 1),
  from_id INTEGER NOT NULL
) STRICT;

DROP TRIGGER customers_fts_insert;
DROP TRIGGER customers_fts_delete;
DROP TRIGGER customers_fts_update;

CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers
WHEN new.id < coalesce((SELECT from_id FROM customers_fts_deferred), new.id + 1)
BEGIN
  INSERT INTO customers_fts (rowid, name, phone_norm, email, notes, name_pinyin, name_initials)
  VALUES (new.id, new.name, new.phone_norm, new.email, new.notes, new.name_pinyin, new.name_initials);
END;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers
WHEN old.id < coalesce((SELECT from_id FROM customers_fts_deferred), old.id + 1)
BEGIN
  INSERT INTO customers_fts (customers_fts, rowid, name, phone_norm, email, notes, name_pinyin, name_initials)
  VALUES ('delete', old.id, old.name, old.phone_norm, old.email, old.notes, old.name_pinyin, old.name_initials);
END;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF name, phone_norm, email, notes, name_pinyin, name_initials ON customers
WHEN old.id < coalesce((SELECT from_id FROM customers_fts_deferred), old.id + 1)
BEGIN
  INSERT INTO customers_fts (customers_fts, rowid, name, phone_norm, email, notes, name_pinyin, name_initials)
  VALUES ('delete', old.id, old.name, old.phone_norm, old.email, old.notes, old.name_pinyin, old.name_initials);
  INSERT INTO customers_fts (rowid, name, phone_norm, email, notes, name_pinyin, name_initials)
  VALUES (new.id, new.name, new.phone_norm, new.email, new.notes, new.name_pinyin, new.name_initials);
END;
