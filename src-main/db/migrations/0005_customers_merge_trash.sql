-- Merges that can be undone, and a Trash that can delete for good.
--
-- One row per merge of `merged_id` into `keep_id` (src-main/customers/merge.ts): both rows as
-- they were before (every column, JSON), and in `changes` (JSON) what the merge did:
--   keepSet      keep's columns the merge wrote, with the values it wrote
--   moved        { "<table>": [row ids] } for orders, deals, tickets, activities, tasks and
--                survey_responses that went from merged to keep
--   memberships  the merged customer's own rows of customer_tags / campaign_members /
--                segment_members, as they were
--   addedToKeep  { "<table>": [tag / campaign / segment ids] } of memberships keep gained
-- plus the timeline entry written on keep. Undo (merge-undo.ts) reads it back and sets
-- `undone_at`; the merged row keeps `customers.merged_into_id` until then. Deleting either
-- customer for good deletes the record (there is nothing left to restore).
CREATE TABLE customer_merges (
  id            INTEGER PRIMARY KEY,
  uid           TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  keep_id       INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  merged_id     INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  merged_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  keep_before   TEXT NOT NULL CHECK (json_valid(keep_before)),
  merged_before TEXT NOT NULL CHECK (json_valid(merged_before)),
  changes       TEXT NOT NULL CHECK (json_valid(changes)),
  activity_id   INTEGER REFERENCES activities (id) ON DELETE SET NULL,
  -- keep's updated_at right after the merge: unchanged since means undo may restore it exactly.
  keep_after_updated_at TEXT NOT NULL,
  undone_at     TEXT
) STRICT;
CREATE INDEX customer_merges_keep ON customer_merges (keep_id);
CREATE INDEX customer_merges_merged ON customer_merges (merged_id, undone_at);

-- "Delete for good" waits for its Undo: the rows of one request share a batch id and leave the
-- Trash at once; they are deleted when the Undo toast expires, when the app closes, or at the
-- next start after a crash (src-main/customers/purge.ts). Undo clears the batch.
ALTER TABLE customers ADD COLUMN purge_batch TEXT;
