-- The pipeline board (issue 11, section 2): stage settings, when a deal entered its stage,
-- lost-reason presets, and the indexes the board's figures and cards read through.

-- Days a deal may sit in an open stage before the board calls it stale (NULL: never stale).
ALTER TABLE pipeline_stages ADD COLUMN stale_days INTEGER CHECK (stale_days IS NULL OR stale_days BETWEEN 1 AND 3650);
-- Stages are soft-deleted: stage history keeps pointing at them, so a deleted stage still
-- names where a deal once was, and a delete can be undone.
ALTER TABLE pipeline_stages ADD COLUMN deleted_at TEXT;
UPDATE pipeline_stages SET stale_days = 21 WHERE kind = 'open';

-- When the deal entered its current stage ("days in this stage", stale), kept by the deal
-- writes; filled here from the history (its creation when none says so).
ALTER TABLE deals ADD COLUMN stage_entered_at TEXT;
UPDATE deals SET stage_entered_at = coalesce(
  (SELECT max(h.at) FROM deal_stage_history h WHERE h.deal_id = deals.id AND h.to_stage_id = deals.stage_id),
  created_at);

-- Reasons offered when a deal is lost (free text stays possible); the owner edits them in Settings.
CREATE TABLE lost_reasons (
  id         INTEGER PRIMARY KEY,
  uid        TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  label      TEXT NOT NULL CHECK (length(trim(label)) BETWEEN 1 AND 200),
  position   INTEGER NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- The board's column figures (count, sum, weighted sum) read only this index: one pass over a
-- stage's live deals without touching the table.
CREATE INDEX deals_stage_figures ON deals (stage_id, status, closed_at, value, probability) WHERE deleted_at IS NULL;
-- Won and Lost columns list the latest closed first.
CREATE INDEX deals_stage_closed ON deals (stage_id, closed_at) WHERE deleted_at IS NULL;
-- A card's next follow-up: the earliest open task of its deal.
CREATE INDEX tasks_deal_open ON tasks (deal_id, due_at) WHERE done_at IS NULL AND deleted_at IS NULL;
