-- Service (issue 12): the ticket event log the SLA clocks are derived from, ticket merges that
-- can be undone, canned replies, and one survey request per resolved ticket.
--
-- The log is the source of truth. tickets.status, first_response_at, resolved_at and due_at are
-- derived from it by src-main/service/ on every event write and on a calendar or policy change
-- (due_at caches the running clock's due instant so the queue sorts in SQL); never counters.
CREATE TABLE ticket_events (
  id               INTEGER PRIMARY KEY,
  uid              TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  ticket_id        INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  -- The ticket the event was written on. A merge moves events to the kept ticket and keeps
  -- this, so the timeline can say where they came from and an undo moves them back.
  origin_ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  -- opened; replied (the shop told the customer); received (the customer told the shop);
  -- status (open/pending/resolved/closed); note (internal); merged (another ticket joined or
  -- this one was merged away: ref_ticket_id names the other).
  kind             TEXT NOT NULL CHECK (kind IN ('opened', 'replied', 'received', 'status', 'note', 'merged')),
  status           TEXT CHECK (status IS NULL OR status IN ('open', 'pending', 'resolved', 'closed')),
  channel          TEXT CHECK (channel IS NULL OR channel IN ('phone', 'wechat', 'in_person', 'sms', 'email')),
  body             TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 20000),
  ref_ticket_id    INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
  at               TEXT NOT NULL,
  created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((kind = 'status') = (status IS NOT NULL))
) STRICT;
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, at, id);
CREATE INDEX ticket_events_origin ON ticket_events (origin_ticket_id);

-- A ticket merged into another keeps its row (marked here) so the merge can be undone.
ALTER TABLE tickets ADD COLUMN merged_into_id INTEGER REFERENCES tickets (id);
CREATE INDEX tickets_live_due ON tickets (deleted_at, merged_into_id, due_at);
CREATE INDEX tickets_order ON tickets (order_id) WHERE order_id IS NOT NULL;

-- What a merge moved (event and activity ids, the merged ticket's status before), so an undo
-- moves exactly that back.
CREATE TABLE ticket_merges (
  id         INTEGER PRIMARY KEY,
  kept_id    INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  merged_id  INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
  moved      TEXT NOT NULL CHECK (json_valid(moved)),
  at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  undone_at  TEXT,
  CHECK (kept_id <> merged_id)
) STRICT;
CREATE INDEX ticket_merges_kept ON ticket_merges (kept_id);

CREATE TABLE canned_replies (
  id         INTEGER PRIMARY KEY,
  uid        TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  title      TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 100),
  body       TEXT NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 5000),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at TEXT
) STRICT;

-- A request to rate the service: one per resolved ticket (UNIQUE: re-resolving never asks
-- twice), or one per customer of a periodic survey (batch: made together, undone together).
-- Answered = it has responses (survey_responses.request_id), so nothing here can drift.
CREATE TABLE survey_requests (
  id           INTEGER PRIMARY KEY,
  uid          TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  ticket_id    INTEGER UNIQUE REFERENCES tickets (id) ON DELETE CASCADE,
  customer_id  INTEGER REFERENCES customers (id),
  asks_csat    INTEGER NOT NULL CHECK (asks_csat IN (0, 1)),
  asks_nps     INTEGER NOT NULL CHECK (asks_nps IN (0, 1)),
  batch        TEXT,
  requested_at TEXT NOT NULL,
  created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (asks_csat + asks_nps >= 1),
  CHECK (ticket_id IS NULL OR batch IS NULL)
) STRICT;
CREATE INDEX survey_requests_requested ON survey_requests (requested_at, id);
CREATE INDEX survey_requests_batch ON survey_requests (batch) WHERE batch IS NOT NULL;
CREATE INDEX survey_requests_customer ON survey_requests (customer_id);

ALTER TABLE survey_responses ADD COLUMN request_id INTEGER REFERENCES survey_requests (id) ON DELETE SET NULL;
-- How the answer reached the shop.
ALTER TABLE survey_responses ADD COLUMN channel TEXT CHECK (channel IS NULL OR channel IN ('phone', 'wechat', 'paper', 'in_person', 'sms', 'import'));
-- One CSAT and one NPS answer per request: a re-imported answer updates, never doubles.
CREATE UNIQUE INDEX survey_responses_request_kind ON survey_responses (request_id, kind) WHERE request_id IS NOT NULL;
CREATE INDEX survey_responses_ticket ON survey_responses (ticket_id) WHERE ticket_id IS NOT NULL;

-- Tickets written before the log existed get one from their own times (the rule of
-- impliedEvents in src-main/service/tickets/ticket-log.ts): opened, the first response, and
-- resolved (or closed) at resolved_at even where the status column still says open; another
-- status at the first response, else the opening.
INSERT INTO ticket_events (ticket_id, origin_ticket_id, kind, at)
  SELECT id, id, 'opened', opened_at FROM tickets;
INSERT INTO ticket_events (ticket_id, origin_ticket_id, kind, at)
  SELECT id, id, 'replied', first_response_at FROM tickets WHERE first_response_at IS NOT NULL;
INSERT INTO ticket_events (ticket_id, origin_ticket_id, kind, status, at)
  SELECT id, id, 'status',
    CASE WHEN resolved_at IS NOT NULL AND status IN ('open', 'pending') THEN 'resolved' ELSE status END,
    max(opened_at, coalesce(resolved_at, first_response_at, opened_at))
  FROM tickets WHERE status <> 'open' OR resolved_at IS NOT NULL;
