-- Campaign responses imported from a CSV (issue 14 §2): `imports.kind` takes 'responses'. The
-- table is rebuilt (foreign keys are off while migrating) because a CHECK cannot be altered;
-- rows keep their ids, so `import_changes` still points at them.
CREATE TABLE imports_v2 (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  kind        TEXT NOT NULL CHECK (kind IN ('customers', 'products', 'orders', 'deals', 'tickets', 'surveys', 'responses')),
  file_name   TEXT NOT NULL,
  encoding    TEXT NOT NULL,
  started_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  finished_at TEXT,
  counts      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts)),
  status      TEXT NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'undone')),
  undone_at   TEXT
) STRICT;

INSERT INTO imports_v2 (id, uid, kind, file_name, encoding, started_at, finished_at, counts, status, undone_at)
SELECT id, uid, kind, file_name, encoding, started_at, finished_at, counts, status, undone_at FROM imports;

DROP TABLE imports;
ALTER TABLE imports_v2 RENAME TO imports;
