-- Kehu data model, version 1. Money is integer minor units (fen / cents); times are ISO-8601
-- UTC text; every business table has a fast integer id and a uid (UUIDv7, hex) made at insert
-- that never changes: exports carry it and re-imports match on it. Soft deletes (deleted_at)
-- where a user can undo.

CREATE TABLE settings (
  key        TEXT PRIMARY KEY,
  value      TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE customers (
  id            INTEGER PRIMARY KEY,
  uid           TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  -- The customer's number in another system (shop code, marketplace id): a dedupe key on import.
  code          TEXT UNIQUE,
  name          TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  phone         TEXT CHECK (phone IS NULL OR length(phone) <= 40),
  -- Digits only (NFKC, no spaces or dashes): duplicate checks and phone search use this.
  phone_norm    TEXT CHECK (phone_norm IS NULL OR phone_norm GLOB '[0-9+]*'),
  email         TEXT CHECK (email IS NULL OR length(email) <= 254),
  email_norm    TEXT,
  gender        TEXT CHECK (gender IS NULL OR gender IN ('female', 'male', 'other')),
  birthday      TEXT CHECK (birthday IS NULL OR birthday GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  address       TEXT,
  city          TEXT,
  source        TEXT,
  notes         TEXT NOT NULL DEFAULT '',
  -- Pinyin of the name, full (zhangsan) and initials (zs), so Latin keys find Chinese names;
  -- sort_key orders Chinese names by pinyin and Latin names alphabetically.
  name_pinyin   TEXT NOT NULL DEFAULT '',
  name_initials TEXT NOT NULL DEFAULT '',
  sort_key      TEXT NOT NULL DEFAULT '',
  merged_into_id INTEGER REFERENCES customers (id),
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at    TEXT
) STRICT;
CREATE INDEX customers_live_sort ON customers (deleted_at, sort_key, id);
CREATE INDEX customers_live_created ON customers (deleted_at, created_at, id);
CREATE INDEX customers_live_updated ON customers (deleted_at, updated_at, id);
CREATE INDEX customers_live_city ON customers (deleted_at, city, sort_key, id);
CREATE INDEX customers_live_source ON customers (deleted_at, source, sort_key, id);
CREATE INDEX customers_phone_norm ON customers (phone_norm) WHERE phone_norm IS NOT NULL;
CREATE INDEX customers_email_norm ON customers (email_norm) WHERE email_norm IS NOT NULL;
CREATE INDEX customers_initials ON customers (name_initials);

-- Substring search for Chinese (trigram), phone digits, email, notes and pinyin.
CREATE VIRTUAL TABLE customers_fts USING fts5 (
  name, phone_norm, email, notes, name_pinyin, name_initials,
  content = 'customers', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
  INSERT INTO customers_fts (rowid, name, phone_norm, email, notes, name_pinyin, name_initials)
  VALUES (new.id, new.name, new.phone_norm, new.email, new.notes, new.name_pinyin, new.name_initials);
END;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
  INSERT INTO customers_fts (customers_fts, rowid, name, phone_norm, email, notes, name_pinyin, name_initials)
  VALUES ('delete', old.id, old.name, old.phone_norm, old.email, old.notes, old.name_pinyin, old.name_initials);
END;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF name, phone_norm, email, notes, name_pinyin, name_initials ON customers BEGIN
  INSERT INTO customers_fts (customers_fts, rowid, name, phone_norm, email, notes, name_pinyin, name_initials)
  VALUES ('delete', old.id, old.name, old.phone_norm, old.email, old.notes, old.name_pinyin, old.name_initials);
  INSERT INTO customers_fts (rowid, name, phone_norm, email, notes, name_pinyin, name_initials)
  VALUES (new.id, new.name, new.phone_norm, new.email, new.notes, new.name_pinyin, new.name_initials);
END;

CREATE TABLE tags (
  id         INTEGER PRIMARY KEY,
  uid        TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 50),
  color      TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE customer_tags (
  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (customer_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX customer_tags_tag ON customer_tags (tag_id, customer_id);

CREATE TABLE products (
  id         INTEGER PRIMARY KEY,
  uid        TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  sku        TEXT NOT NULL UNIQUE CHECK (length(sku) BETWEEN 1 AND 64),
  name       TEXT NOT NULL CHECK (length(name) <= 300),
  category   TEXT,
  price      INTEGER NOT NULL DEFAULT 0,
  cost       INTEGER,
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at TEXT
) STRICT;
CREATE INDEX products_category ON products (category);

CREATE TABLE segments (
  id         INTEGER PRIMARY KEY,
  uid        TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
  kind       TEXT NOT NULL CHECK (kind IN ('manual', 'filter', 'rfm', 'cluster')),
  definition TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(definition)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at TEXT
) STRICT;

-- Members of manual segments (filter/rfm/cluster segments are computed from their definition).
CREATE TABLE segment_members (
  segment_id  INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
  customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  PRIMARY KEY (segment_id, customer_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX segment_members_customer ON segment_members (customer_id);

CREATE TABLE campaigns (
  id         INTEGER PRIMARY KEY,
  uid        TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  name       TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  channel    TEXT,
  starts_on  TEXT,
  ends_on    TEXT CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
  cost       INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
  segment_id INTEGER REFERENCES segments (id) ON DELETE SET NULL,
  notes      TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at TEXT
) STRICT;

CREATE TABLE campaign_members (
  campaign_id  INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  contacted_at TEXT,
  responded_at TEXT,
  PRIMARY KEY (campaign_id, customer_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX campaign_members_customer ON campaign_members (customer_id);

CREATE TABLE orders (
  id             INTEGER PRIMARY KEY,
  uid            TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  number         TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 64),
  -- NULL for walk-in / anonymous sales (real shops have them: Online Retail does).
  customer_id    INTEGER REFERENCES customers (id),
  ordered_at     TEXT NOT NULL,
  status         TEXT NOT NULL DEFAULT 'completed'
                 CHECK (status IN ('pending', 'paid', 'shipped', 'completed', 'cancelled', 'refunded')),
  channel        TEXT,
  campaign_id    INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
  subtotal       INTEGER NOT NULL DEFAULT 0,
  discount       INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0),
  tax            INTEGER NOT NULL DEFAULT 0,
  total          INTEGER NOT NULL DEFAULT 0,
  payment_method TEXT,
  notes          TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at     TEXT
) STRICT;
CREATE INDEX orders_customer ON orders (customer_id, ordered_at);
CREATE INDEX orders_ordered_at ON orders (ordered_at);
CREATE INDEX orders_campaign ON orders (campaign_id) WHERE campaign_id IS NOT NULL;

CREATE TABLE order_lines (
  id          INTEGER PRIMARY KEY,
  order_id    INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL DEFAULT 0,
  product_id  INTEGER REFERENCES products (id),
  description TEXT NOT NULL DEFAULT '',
  -- Real (not integer) so shops that sell by weight fit; negative on cancellation lines.
  quantity    REAL NOT NULL,
  unit_price  INTEGER NOT NULL,
  line_total  INTEGER NOT NULL
) STRICT;
CREATE INDEX order_lines_order ON order_lines (order_id, position);
CREATE INDEX order_lines_product ON order_lines (product_id);

CREATE TABLE pipeline_stages (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  name        TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60),
  position    INTEGER NOT NULL,
  probability REAL NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 1),
  kind        TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost')),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

CREATE TABLE deals (
  id             INTEGER PRIMARY KEY,
  uid            TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  customer_id    INTEGER REFERENCES customers (id),
  title          TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  value          INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0),
  stage_id       INTEGER NOT NULL REFERENCES pipeline_stages (id),
  -- Fractional so a drag between two cards writes one row.
  position       REAL NOT NULL DEFAULT 0,
  probability    REAL CHECK (probability IS NULL OR probability BETWEEN 0 AND 1),
  expected_close TEXT,
  status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
  lost_reason    TEXT,
  closed_at      TEXT,
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at     TEXT
) STRICT;
CREATE INDEX deals_board ON deals (deleted_at, stage_id, position);
CREATE INDEX deals_customer ON deals (customer_id);

CREATE TABLE deal_stage_history (
  id            INTEGER PRIMARY KEY,
  deal_id       INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
  from_stage_id INTEGER REFERENCES pipeline_stages (id),
  to_stage_id   INTEGER NOT NULL REFERENCES pipeline_stages (id),
  at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX deal_stage_history_deal ON deal_stage_history (deal_id, at);

CREATE TABLE tickets (
  id                INTEGER PRIMARY KEY,
  uid               TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  number            TEXT NOT NULL UNIQUE,
  customer_id       INTEGER REFERENCES customers (id),
  order_id          INTEGER REFERENCES orders (id) ON DELETE SET NULL,
  kind              TEXT NOT NULL DEFAULT 'inquiry' CHECK (kind IN ('inquiry', 'complaint', 'return', 'repair')),
  subject           TEXT NOT NULL CHECK (length(trim(subject)) BETWEEN 1 AND 300),
  body              TEXT NOT NULL DEFAULT '',
  priority          TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'resolved', 'closed')),
  opened_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  first_response_at TEXT CHECK (first_response_at IS NULL OR first_response_at >= opened_at),
  resolved_at       TEXT CHECK (resolved_at IS NULL OR resolved_at >= opened_at),
  due_at            TEXT,
  created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at        TEXT
) STRICT;
CREATE INDEX tickets_queue ON tickets (status, due_at);
CREATE INDEX tickets_customer ON tickets (customer_id);

CREATE TABLE survey_responses (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  customer_id INTEGER REFERENCES customers (id),
  ticket_id   INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('csat', 'nps')),
  score       INTEGER NOT NULL CHECK ((kind = 'csat' AND score BETWEEN 1 AND 5) OR (kind = 'nps' AND score BETWEEN 0 AND 10)),
  comment     TEXT NOT NULL DEFAULT '',
  at          TEXT NOT NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX survey_responses_customer ON survey_responses (customer_id, at);
CREATE INDEX survey_responses_kind_at ON survey_responses (kind, at);

CREATE TABLE activities (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,
  deal_id     INTEGER REFERENCES deals (id) ON DELETE SET NULL,
  ticket_id   INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'message', 'note', 'email', 'meeting', 'purchase', 'system')),
  body        TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 20000),
  at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at  TEXT
) STRICT;
CREATE INDEX activities_customer ON activities (customer_id, at);
CREATE INDEX activities_deal ON activities (deal_id) WHERE deal_id IS NOT NULL;

CREATE TABLE tasks (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  title       TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300),
  notes       TEXT NOT NULL DEFAULT '',
  due_at      TEXT,
  remind_at   TEXT,
  done_at     TEXT,
  customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,
  deal_id     INTEGER REFERENCES deals (id) ON DELETE CASCADE,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at  TEXT
) STRICT;
CREATE INDEX tasks_open_due ON tasks (due_at) WHERE done_at IS NULL;
CREATE INDEX tasks_customer ON tasks (customer_id);

CREATE TABLE imports (
  id          INTEGER PRIMARY KEY,
  uid         TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  kind        TEXT NOT NULL CHECK (kind IN ('customers', 'products', 'orders', 'deals', 'tickets', 'surveys')),
  file_name   TEXT NOT NULL,
  encoding    TEXT NOT NULL,
  started_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  finished_at TEXT,
  counts      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts)),
  status      TEXT NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'undone')),
  undone_at   TEXT
) STRICT;

-- What each import did to each row, so an undo removes what it created and restores what it
-- updated (before = the row as it was, JSON).
CREATE TABLE import_changes (
  id         INTEGER PRIMARY KEY,
  import_id  INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
  table_name TEXT NOT NULL,
  row_id     INTEGER NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('created', 'updated')),
  before     TEXT CHECK (before IS NULL OR json_valid(before)),
  -- The row's updated_at right after the import: a later edit makes undo refuse that row.
  after_updated_at TEXT
) STRICT;
CREATE INDEX import_changes_import ON import_changes (import_id, table_name);

-- Column mappings remembered per source (a header signature) and kind.
CREATE TABLE import_mappings (
  source     TEXT NOT NULL,
  kind       TEXT NOT NULL,
  mapping    TEXT NOT NULL CHECK (json_valid(mapping)),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (source, kind)
) STRICT, WITHOUT ROWID;

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  entity    TEXT NOT NULL,
  entity_id INTEGER,
  action    TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'merge', 'import', 'undo', 'settings')),
  before    TEXT CHECK (before IS NULL OR json_valid(before)),
  after     TEXT CHECK (after IS NULL OR json_valid(after))
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at);
