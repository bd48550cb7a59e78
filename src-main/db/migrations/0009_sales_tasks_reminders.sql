-- Tasks and reminders (issue 11, section 3).
--
-- A task is due either on a whole local day (`due_date`, 'YYYY-MM-DD': the same calendar day in
-- every time zone, so it is never stored as a UTC instant) or at an instant (`due_at`, UTC
-- text), never both. It belongs to at most one record besides its customer: a deal, an order or
-- a ticket (the customer is the record's own, so the customer page lists them all).
--
-- The table is rebuilt (foreign keys are off while migrating) so these rules are table
-- constraints rather than checks bolted onto added columns. Existing rows keep their ids, uids
-- and times; their `due_at` stays an instant.
CREATE TABLE tasks_v4 (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  title       TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
  notes       TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000),
  due_at      TEXT CHECK (due_at IS NULL OR due_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  due_date    TEXT CHECK (due_date IS NULL OR (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(due_date) = due_date)),
  remind_at   TEXT CHECK (remind_at IS NULL OR remind_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
  done_at     TEXT,
  customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,
  deal_id     INTEGER REFERENCES deals (id) ON DELETE CASCADE,
  order_id    INTEGER REFERENCES orders (id) ON DELETE CASCADE,
  ticket_id   INTEGER REFERENCES tickets (id) ON DELETE CASCADE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at  TEXT,
  CHECK (due_at IS NULL OR due_date IS NULL),
  CHECK ((deal_id IS NOT NULL) + (order_id IS NOT NULL) + (ticket_id IS NOT NULL) <= 1)
) STRICT;

INSERT INTO tasks_v4 (id, uid, title, notes, due_at, remind_at, done_at, customer_id, deal_id, created_at, updated_at, deleted_at)
SELECT id, uid, title, notes, due_at, remind_at, done_at, customer_id, deal_id, created_at, updated_at, deleted_at FROM tasks;

DROP TABLE tasks;
ALTER TABLE tasks_v4 RENAME TO tasks;

-- The Today view: open tasks by due instant and by due day.
CREATE INDEX tasks_open_due ON tasks (due_at) WHERE done_at IS NULL AND deleted_at IS NULL;
CREATE INDEX tasks_open_day ON tasks (due_date) WHERE done_at IS NULL AND deleted_at IS NULL;
-- Record panels, and "is anything planned with this customer / on this deal".
CREATE INDEX tasks_customer ON tasks (customer_id, done_at);
CREATE INDEX tasks_deal ON tasks (deal_id, done_at) WHERE deal_id IS NOT NULL;
CREATE INDEX tasks_order ON tasks (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX tasks_ticket ON tasks (ticket_id) WHERE ticket_id IS NOT NULL;
-- The reminder clock: reminders that may still have to fire.
CREATE INDEX tasks_pending_reminder ON tasks (remind_at)
WHERE remind_at IS NOT NULL AND done_at IS NULL AND deleted_at IS NULL;

-- One row per reminder delivered — a task at one `remind_at` — written in the same transaction
-- that decides to show it, so a reminder is shown at most once, across restarts and crashes.
-- A snooze gives the task a new `remind_at`: that is a new reminder, delivered once in turn.
-- `digest` = 1 when it arrived in the catch-up digest after the app was closed or asleep.
CREATE TABLE task_reminder_deliveries (
  id           INTEGER PRIMARY KEY,
  task_id      INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
  remind_at    TEXT NOT NULL,
  delivered_at TEXT NOT NULL,
  digest       INTEGER NOT NULL DEFAULT 0 CHECK (digest IN (0, 1)),
  UNIQUE (task_id, remind_at)
) STRICT;
