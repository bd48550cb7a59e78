-- Kehu schema at version 22

-- index activities_customer (on activities)
CREATE INDEX activities_customer ON activities (customer_id, at);

-- index activities_deal (on activities)
CREATE INDEX activities_deal ON activities (deal_id) WHERE deal_id IS NOT NULL;

-- index audit_log_entity (on audit_log)
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at);

-- index campaign_controls_customer (on campaign_controls)
CREATE INDEX campaign_controls_customer ON campaign_controls (customer_id);

-- index campaign_cost_lines_campaign (on campaign_cost_lines)
CREATE INDEX campaign_cost_lines_campaign ON campaign_cost_lines (campaign_id, spent_on);

-- index campaign_member_orders_contact (on campaign_member_orders)
CREATE INDEX campaign_member_orders_contact ON campaign_member_orders (campaign_id, contacted_at);

-- index campaign_member_orders_order (on campaign_member_orders)
CREATE INDEX campaign_member_orders_order ON campaign_member_orders (order_id);

-- index campaign_members_contacted (on campaign_members)
CREATE INDEX campaign_members_contacted ON campaign_members (campaign_id, contacted_at) WHERE contacted_at IS NOT NULL;

-- index campaign_members_customer (on campaign_members)
CREATE INDEX campaign_members_customer ON campaign_members (customer_id);

-- index customer_first_orders_at (on customer_first_orders)
CREATE INDEX customer_first_orders_at ON customer_first_orders (first_at);

-- index customer_merges_keep (on customer_merges)
CREATE INDEX customer_merges_keep ON customer_merges (keep_id);

-- index customer_merges_merged (on customer_merges)
CREATE INDEX customer_merges_merged ON customer_merges (merged_id, undone_at);

-- index customer_products_customer (on customer_products)
CREATE INDEX customer_products_customer ON customer_products (customer_id);

-- index customer_tags_tag (on customer_tags)
CREATE INDEX customer_tags_tag ON customer_tags (tag_id, customer_id);

-- index customers_email_norm (on customers)
CREATE INDEX customers_email_norm ON customers (email_norm) WHERE email_norm IS NOT NULL;

-- index customers_given_initials (on customers)
CREATE INDEX customers_given_initials ON customers (substr(name_initials, 2));

-- index customers_initials (on customers)
CREATE INDEX customers_initials ON customers (name_initials);

-- index customers_live_city (on customers)
CREATE INDEX customers_live_city ON customers (deleted_at, city, sort_key, id);

-- index customers_live_created (on customers)
CREATE INDEX customers_live_created ON customers (deleted_at, created_at, id);

-- index customers_live_last_purchase (on customers)
CREATE INDEX customers_live_last_purchase ON customers (deleted_at, last_purchase_at, id);

-- index customers_live_order_count (on customers)
CREATE INDEX customers_live_order_count ON customers (deleted_at, order_count, id);

-- index customers_live_phone (on customers)
CREATE INDEX customers_live_phone ON customers (deleted_at, phone_norm, id);

-- index customers_live_sort (on customers)
CREATE INDEX customers_live_sort ON customers (deleted_at, sort_key, id);

-- index customers_live_source (on customers)
CREATE INDEX customers_live_source ON customers (deleted_at, source, sort_key, id);

-- index customers_live_updated (on customers)
CREATE INDEX customers_live_updated ON customers (deleted_at, updated_at, id);

-- index customers_live_value (on customers)
CREATE INDEX customers_live_value ON customers (deleted_at, lifetime_value, id);

-- index customers_phone_norm (on customers)
CREATE INDEX customers_phone_norm ON customers (phone_norm) WHERE phone_norm IS NOT NULL;

-- index customers_pinyin (on customers)
CREATE INDEX customers_pinyin ON customers (name_pinyin);

-- index deal_stage_history_deal (on deal_stage_history)
CREATE INDEX deal_stage_history_deal ON deal_stage_history (deal_id, at);

-- index deals_board (on deals)
CREATE INDEX deals_board ON deals (deleted_at, stage_id, position);

-- index deals_customer (on deals)
CREATE INDEX deals_customer ON deals (customer_id);

-- index deals_open (on deals)
CREATE INDEX deals_open ON deals (status, deleted_at, customer_id, expected_close, value) WHERE status = 'open' AND deleted_at IS NULL;

-- index deals_stage_closed (on deals)
CREATE INDEX deals_stage_closed ON deals (stage_id, closed_at) WHERE deleted_at IS NULL;

-- index deals_stage_figures (on deals)
CREATE INDEX deals_stage_figures ON deals (stage_id, status, closed_at, value, probability) WHERE deleted_at IS NULL;

-- index import_changes_import (on import_changes)
CREATE INDEX import_changes_import ON import_changes (import_id, table_name);

-- index list_views_default (on list_views)
CREATE UNIQUE INDEX list_views_default ON list_views (list) WHERE is_default = 1 AND deleted_at IS NULL;

-- index list_views_name (on list_views)
CREATE UNIQUE INDEX list_views_name ON list_views (list, name COLLATE NOCASE) WHERE deleted_at IS NULL;

-- index order_lines_order (on order_lines)
CREATE INDEX order_lines_order ON order_lines (order_id, position);

-- index order_lines_product (on order_lines)
CREATE INDEX order_lines_product ON order_lines (product_id);

-- index order_lines_product_order (on order_lines)
CREATE INDEX order_lines_product_order ON order_lines (product_id, order_id);

-- index order_refund_lines_line (on order_refund_lines)
CREATE INDEX order_refund_lines_line ON order_refund_lines (order_line_id);

-- index order_refund_lines_refund (on order_refund_lines)
CREATE INDEX order_refund_lines_refund ON order_refund_lines (refund_id);

-- index order_refunds_at (on order_refunds)
CREATE INDEX order_refunds_at ON order_refunds (at);

-- index order_refunds_order (on order_refunds)
CREATE INDEX order_refunds_order ON order_refunds (order_id, at);

-- index orders_campaign (on orders)
CREATE INDEX orders_campaign ON orders (campaign_id) WHERE campaign_id IS NOT NULL;

-- index orders_campaign_counted (on orders)
CREATE INDEX orders_campaign_counted ON orders (campaign_id, status, deleted_at, ordered_at, customer_id, total, refunded) WHERE campaign_id IS NOT NULL;

-- index orders_counted_by_customer (on orders)
CREATE INDEX orders_counted_by_customer ON orders (customer_id, status, deleted_at, ordered_at, total);

-- index orders_customer (on orders)
CREATE INDEX orders_customer ON orders (customer_id, ordered_at);

-- index orders_page_time (on orders)
CREATE INDEX orders_page_time ON orders (ordered_at, status, channel, payment_method, customer_id, deleted_at, total, refunded);

-- index orders_page_total (on orders)
CREATE INDEX orders_page_total ON orders (total, ordered_at, status, channel, payment_method, customer_id, deleted_at);

-- index products_category (on products)
CREATE INDEX products_category ON products (category);

-- index products_keys_missing (on products)
CREATE INDEX products_keys_missing ON products (id) WHERE name_pinyin IS NULL;

-- index products_live_sort (on products)
CREATE INDEX products_live_sort ON products (deleted_at, sort_key, id);

-- index segment_members_customer (on segment_members)
CREATE INDEX segment_members_customer ON segment_members (customer_id);

-- index segments_live (on segments)
CREATE INDEX segments_live ON segments (deleted_at, name);

-- index survey_requests_batch (on survey_requests)
CREATE INDEX survey_requests_batch ON survey_requests (batch) WHERE batch IS NOT NULL;

-- index survey_requests_customer (on survey_requests)
CREATE INDEX survey_requests_customer ON survey_requests (customer_id);

-- index survey_requests_requested (on survey_requests)
CREATE INDEX survey_requests_requested ON survey_requests (requested_at, id);

-- index survey_responses_customer (on survey_responses)
CREATE INDEX survey_responses_customer ON survey_responses (customer_id, at);

-- index survey_responses_kind_at (on survey_responses)
CREATE INDEX survey_responses_kind_at ON survey_responses (kind, at);

-- index survey_responses_request_kind (on survey_responses)
CREATE UNIQUE INDEX survey_responses_request_kind ON survey_responses (request_id, kind) WHERE request_id IS NOT NULL;

-- index survey_responses_ticket (on survey_responses)
CREATE INDEX survey_responses_ticket ON survey_responses (ticket_id) WHERE ticket_id IS NOT NULL;

-- index tasks_customer (on tasks)
CREATE INDEX tasks_customer ON tasks (customer_id, done_at);

-- index tasks_customer_open (on tasks)
CREATE INDEX tasks_customer_open ON tasks (customer_id, done_at, deleted_at) WHERE done_at IS NULL AND deleted_at IS NULL;

-- index tasks_deal (on tasks)
CREATE INDEX tasks_deal ON tasks (deal_id, done_at) WHERE deal_id IS NOT NULL;

-- index tasks_deal_open (on tasks)
CREATE INDEX tasks_deal_open ON tasks (deal_id, done_at, deleted_at, due_date, due_at) WHERE done_at IS NULL AND deleted_at IS NULL;

-- index tasks_open_day (on tasks)
CREATE INDEX tasks_open_day ON tasks (due_date) WHERE done_at IS NULL AND deleted_at IS NULL;

-- index tasks_open_due (on tasks)
CREATE INDEX tasks_open_due ON tasks (due_at) WHERE done_at IS NULL AND deleted_at IS NULL;

-- index tasks_order (on tasks)
CREATE INDEX tasks_order ON tasks (order_id) WHERE order_id IS NOT NULL;

-- index tasks_pending_reminder (on tasks)
CREATE INDEX tasks_pending_reminder ON tasks (remind_at) WHERE remind_at IS NOT NULL AND done_at IS NULL AND deleted_at IS NULL;

-- index tasks_ticket (on tasks)
CREATE INDEX tasks_ticket ON tasks (ticket_id) WHERE ticket_id IS NOT NULL;

-- index ticket_events_clock (on ticket_events)
CREATE INDEX ticket_events_clock ON ticket_events (ticket_id, at, id, kind, status, origin_ticket_id);

-- index ticket_events_origin (on ticket_events)
CREATE INDEX ticket_events_origin ON ticket_events (origin_ticket_id);

-- index ticket_merges_kept (on ticket_merges)
CREATE INDEX ticket_merges_kept ON ticket_merges (kept_id);

-- index tickets_customer (on tickets)
CREATE INDEX tickets_customer ON tickets (customer_id);

-- index tickets_live_due (on tickets)
CREATE INDEX tickets_live_due ON tickets (deleted_at, merged_into_id, due_at);

-- index tickets_order (on tickets)
CREATE INDEX tickets_order ON tickets (order_id) WHERE order_id IS NOT NULL;

-- index tickets_queue (on tickets)
CREATE INDEX tickets_queue ON tickets (status, due_at);

-- table activities (on activities)
CREATE TABLE activities (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE, deal_id INTEGER REFERENCES deals (id) ON DELETE SET NULL, ticket_id INTEGER REFERENCES tickets (id) ON DELETE SET NULL, kind TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'message', 'note', 'email', 'meeting', 'purchase', 'system')), body TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 20000), at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), deleted_at TEXT) STRICT;

-- table audit_log (on audit_log)
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), entity TEXT NOT NULL, entity_id INTEGER, action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'restore', 'merge', 'import', 'undo', 'settings')), before TEXT CHECK (before IS NULL OR json_valid(before)), after TEXT CHECK (after IS NULL OR json_valid(after))) STRICT;

-- table campaign_controls (on campaign_controls)
CREATE TABLE campaign_controls (campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE, customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE, PRIMARY KEY (campaign_id, customer_id)) STRICT, WITHOUT ROWID;

-- table campaign_cost_lines (on campaign_cost_lines)
CREATE TABLE campaign_cost_lines (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE, spent_on TEXT NOT NULL CHECK (spent_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(spent_on) = spent_on), item TEXT NOT NULL DEFAULT '' CHECK (length(item) <= 200), amount INTEGER NOT NULL CHECK (amount >= 0), created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) STRICT;

-- table campaign_member_orders (on campaign_member_orders)
CREATE TABLE campaign_member_orders (campaign_id INTEGER NOT NULL, customer_id INTEGER NOT NULL, order_id INTEGER NOT NULL, contacted_at TEXT NOT NULL, PRIMARY KEY (campaign_id, customer_id, order_id)) STRICT, WITHOUT ROWID;

-- table campaign_members (on campaign_members)
CREATE TABLE campaign_members (campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE, customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE, contacted_at TEXT, responded_at TEXT, PRIMARY KEY (campaign_id, customer_id)) STRICT, WITHOUT ROWID;

-- table campaigns (on campaigns)
CREATE TABLE campaigns (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200), channel TEXT, starts_on TEXT, ends_on TEXT CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on), cost INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0), segment_id INTEGER REFERENCES segments (id) ON DELETE SET NULL, notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), deleted_at TEXT , status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'running', 'ended')), attribution_days INTEGER NOT NULL DEFAULT 14 CHECK (attribution_days BETWEEN 0 AND 365), launched_at TEXT) STRICT;

-- table canned_replies (on canned_replies)
CREATE TABLE canned_replies (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 100), body TEXT NOT NULL CHECK (length(trim(body)) BETWEEN 1 AND 5000), created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), deleted_at TEXT) STRICT;

-- table customer_first_orders (on customer_first_orders)
CREATE TABLE customer_first_orders (customer_id INTEGER PRIMARY KEY, first_at TEXT NOT NULL) STRICT;

-- table customer_merges (on customer_merges)
CREATE TABLE customer_merges (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), keep_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE, merged_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE, merged_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), keep_before TEXT NOT NULL CHECK (json_valid(keep_before)), merged_before TEXT NOT NULL CHECK (json_valid(merged_before)), changes TEXT NOT NULL CHECK (json_valid(changes)), activity_id INTEGER REFERENCES activities (id) ON DELETE SET NULL, keep_after_updated_at TEXT NOT NULL, undone_at TEXT) STRICT;

-- table customer_products (on customer_products)
CREATE TABLE customer_products (product_id INTEGER NOT NULL, customer_id INTEGER NOT NULL, last_at TEXT NOT NULL, PRIMARY KEY (product_id, customer_id)) STRICT, WITHOUT ROWID;

-- table customer_sales (on customer_sales)
CREATE TABLE customer_sales (customer_id INTEGER PRIMARY KEY, orders INTEGER NOT NULL, spend INTEGER NOT NULL, first_at TEXT NOT NULL, last_at TEXT NOT NULL) STRICT;

-- table customer_tags (on customer_tags)
CREATE TABLE customer_tags (customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE, tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), PRIMARY KEY (customer_id, tag_id)) STRICT, WITHOUT ROWID;

-- table customers (on customers)
CREATE TABLE customers (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), code TEXT UNIQUE, name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200), phone TEXT CHECK (phone IS NULL OR length(phone) <= 40), phone_norm TEXT CHECK (phone_norm IS NULL OR phone_norm GLOB '[0-9+]*'), email TEXT CHECK (email IS NULL OR length(email) <= 254), email_norm TEXT, gender TEXT CHECK (gender IS NULL OR gender IN ('female', 'male', 'other')), birthday TEXT CHECK (birthday IS NULL OR birthday GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), address TEXT, city TEXT, source TEXT, notes TEXT NOT NULL DEFAULT '', name_pinyin TEXT NOT NULL DEFAULT '', name_initials TEXT NOT NULL DEFAULT '', sort_key TEXT NOT NULL DEFAULT '', merged_into_id INTEGER REFERENCES customers (id), created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), deleted_at TEXT , lifetime_value INTEGER NOT NULL DEFAULT 0, order_count INTEGER NOT NULL DEFAULT 0, last_purchase_at TEXT, purge_batch TEXT, marketing_consent TEXT NOT NULL DEFAULT 'unknown' CHECK (marketing_consent IN ('yes', 'no', 'unknown')), consent_on TEXT CHECK (consent_on IS NULL OR consent_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), consent_source TEXT CHECK (consent_source IS NULL OR consent_source IN ('in_store', 'form', 'import', 'verbal', 'wechat', 'other')), do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)), wechat_id TEXT CHECK (wechat_id IS NULL OR length(wechat_id) BETWEEN 1 AND 64)) STRICT;

-- table customers_fts (on customers_fts)
CREATE VIRTUAL TABLE customers_fts USING fts5 (name, phone_norm, email, notes, name_pinyin, name_initials, content = 'customers', content_rowid = 'id', tokenize = 'trigram');

-- table customers_fts_config (on customers_fts_config)
CREATE TABLE 'customers_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table customers_fts_data (on customers_fts_data)
CREATE TABLE 'customers_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table customers_fts_deferred (on customers_fts_deferred)
CREATE TABLE customers_fts_deferred (id INTEGER PRIMARY KEY CHECK (id = 1), from_id INTEGER NOT NULL) STRICT;

-- table customers_fts_docsize (on customers_fts_docsize)
CREATE TABLE 'customers_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table customers_fts_idx (on customers_fts_idx)
CREATE TABLE 'customers_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table deal_stage_history (on deal_stage_history)
CREATE TABLE deal_stage_history (id INTEGER PRIMARY KEY, deal_id INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE, from_stage_id INTEGER REFERENCES pipeline_stages (id), to_stage_id INTEGER NOT NULL REFERENCES pipeline_stages (id), at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) STRICT;

-- table deals (on deals)
CREATE TABLE deals (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), customer_id INTEGER REFERENCES customers (id), title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200), value INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0), stage_id INTEGER NOT NULL REFERENCES pipeline_stages (id), position REAL NOT NULL DEFAULT 0, probability REAL CHECK (probability IS NULL OR probability BETWEEN 0 AND 1), expected_close TEXT, status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')), lost_reason TEXT, closed_at TEXT, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), deleted_at TEXT , stage_entered_at TEXT) STRICT;

-- table import_changes (on import_changes)
CREATE TABLE import_changes (id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE, table_name TEXT NOT NULL, row_id INTEGER NOT NULL, action TEXT NOT NULL CHECK (action IN ('created', 'updated')), before TEXT CHECK (before IS NULL OR json_valid(before)), after_updated_at TEXT) STRICT;

-- table import_mappings (on import_mappings)
CREATE TABLE import_mappings (source TEXT NOT NULL, kind TEXT NOT NULL, mapping TEXT NOT NULL CHECK (json_valid(mapping)), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), PRIMARY KEY (source, kind)) STRICT, WITHOUT ROWID;

-- table imports (on imports)
CREATE TABLE "imports" (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), kind TEXT NOT NULL CHECK (kind IN ('customers', 'products', 'orders', 'deals', 'tickets', 'surveys', 'responses')), file_name TEXT NOT NULL, encoding TEXT NOT NULL, started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), finished_at TEXT, counts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts)), status TEXT NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'undone')), undone_at TEXT) STRICT;

-- table list_prefs (on list_prefs)
CREATE TABLE list_prefs (list TEXT PRIMARY KEY CHECK (list IN ('customers')), prefs TEXT NOT NULL CHECK (json_valid(prefs)), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) STRICT;

-- table list_views (on list_views)
CREATE TABLE list_views (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), list TEXT NOT NULL CHECK (list IN ('customers')), name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60), state TEXT NOT NULL CHECK (json_valid(state)), is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)), created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), deleted_at TEXT) STRICT;

-- table lost_reasons (on lost_reasons)
CREATE TABLE lost_reasons (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), label TEXT NOT NULL CHECK (length(trim(label)) BETWEEN 1 AND 200), position INTEGER NOT NULL, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) STRICT;

-- table order_day_totals (on order_day_totals)
CREATE TABLE order_day_totals (day TEXT NOT NULL, status TEXT NOT NULL, channel TEXT NOT NULL, payment_method TEXT NOT NULL, walk_in INTEGER NOT NULL, orders INTEGER NOT NULL, total INTEGER NOT NULL, refunded INTEGER NOT NULL, PRIMARY KEY (day, status, channel, payment_method, walk_in)) STRICT, WITHOUT ROWID;

-- table order_hour_totals (on order_hour_totals)
CREATE TABLE order_hour_totals (hour TEXT NOT NULL, status TEXT NOT NULL, channel TEXT NOT NULL, orders INTEGER NOT NULL, total INTEGER NOT NULL, refunded INTEGER NOT NULL, PRIMARY KEY (hour, status, channel)) STRICT, WITHOUT ROWID;

-- table order_lines (on order_lines)
CREATE TABLE order_lines (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE, position INTEGER NOT NULL DEFAULT 0, product_id INTEGER REFERENCES products (id), description TEXT NOT NULL DEFAULT '', quantity REAL NOT NULL, unit_price INTEGER NOT NULL, line_total INTEGER NOT NULL , discount INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0)) STRICT;

-- table order_margins (on order_margins)
CREATE TABLE order_margins (order_id INTEGER PRIMARY KEY, profit INTEGER NOT NULL, without_cost INTEGER NOT NULL) STRICT;

-- table order_month_totals (on order_month_totals)
CREATE TABLE order_month_totals (month TEXT NOT NULL, status TEXT NOT NULL, channel TEXT NOT NULL, payment_method TEXT NOT NULL, walk_in INTEGER NOT NULL, orders INTEGER NOT NULL, total INTEGER NOT NULL, refunded INTEGER NOT NULL, PRIMARY KEY (month, status, channel, payment_method, walk_in)) STRICT, WITHOUT ROWID;

-- table order_refund_lines (on order_refund_lines)
CREATE TABLE order_refund_lines (id INTEGER PRIMARY KEY, refund_id INTEGER NOT NULL REFERENCES order_refunds (id) ON DELETE CASCADE, order_line_id INTEGER REFERENCES order_lines (id) ON DELETE SET NULL, description TEXT NOT NULL DEFAULT '', quantity REAL NOT NULL CHECK (quantity > 0), amount INTEGER NOT NULL CHECK (amount >= 0)) STRICT;

-- table order_refunds (on order_refunds)
CREATE TABLE order_refunds (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), order_id INTEGER NOT NULL REFERENCES orders (id), kind TEXT NOT NULL CHECK (kind IN ('cancel', 'refund')), reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 500), amount INTEGER NOT NULL CHECK (amount >= 0), tax INTEGER NOT NULL DEFAULT 0, at TEXT NOT NULL, previous_status TEXT CHECK (previous_status IS NULL OR previous_status IN ('pending', 'paid', 'shipped', 'completed')), undone_at TEXT, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), CHECK (kind = 'refund' OR previous_status IS NOT NULL)) STRICT;

-- table orders (on orders)
CREATE TABLE orders (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), number TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 64), customer_id INTEGER REFERENCES customers (id), ordered_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'completed' CHECK (status IN ('pending', 'paid', 'shipped', 'completed', 'cancelled', 'refunded')), channel TEXT, campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL, subtotal INTEGER NOT NULL DEFAULT 0, discount INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0), tax INTEGER NOT NULL DEFAULT 0, total INTEGER NOT NULL DEFAULT 0, payment_method TEXT, notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), deleted_at TEXT , refunded INTEGER NOT NULL DEFAULT 0 CHECK (refunded >= 0)) STRICT;

-- table pipeline_stages (on pipeline_stages)
CREATE TABLE pipeline_stages (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60), position INTEGER NOT NULL, probability REAL NOT NULL DEFAULT 0 CHECK (probability BETWEEN 0 AND 1), kind TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost')), created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) , stale_days INTEGER CHECK (stale_days IS NULL OR stale_days BETWEEN 1 AND 3650), deleted_at TEXT) STRICT;

-- table products (on products)
CREATE TABLE products (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), sku TEXT NOT NULL UNIQUE CHECK (length(sku) BETWEEN 1 AND 64), name TEXT NOT NULL CHECK (length(name) <= 300), category TEXT, price INTEGER NOT NULL DEFAULT 0, cost INTEGER, active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)), created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), deleted_at TEXT , name_pinyin TEXT, name_initials TEXT, sort_key TEXT) STRICT;

-- table schema_migrations (on schema_migrations)
CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL, checksum TEXT NOT NULL) STRICT;

-- table segment_members (on segment_members)
CREATE TABLE segment_members (segment_id INTEGER NOT NULL REFERENCES segments (id) ON DELETE CASCADE, customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE, PRIMARY KEY (segment_id, customer_id)) STRICT, WITHOUT ROWID;

-- table segments (on segments)
CREATE TABLE segments (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100), kind TEXT NOT NULL CHECK (kind IN ('manual', 'filter', 'rfm', 'cluster')), definition TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(definition)), created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), deleted_at TEXT , frozen_at TEXT, frozen_from_id INTEGER REFERENCES segments (id)) STRICT;

-- table settings (on settings)
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL CHECK (json_valid(value)), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) STRICT;

-- table survey_requests (on survey_requests)
CREATE TABLE survey_requests (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), ticket_id INTEGER UNIQUE REFERENCES tickets (id) ON DELETE CASCADE, customer_id INTEGER REFERENCES customers (id), asks_csat INTEGER NOT NULL CHECK (asks_csat IN (0, 1)), asks_nps INTEGER NOT NULL CHECK (asks_nps IN (0, 1)), batch TEXT, requested_at TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), CHECK (asks_csat + asks_nps >= 1), CHECK (ticket_id IS NULL OR batch IS NULL)) STRICT;

-- table survey_responses (on survey_responses)
CREATE TABLE survey_responses (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), customer_id INTEGER REFERENCES customers (id), ticket_id INTEGER REFERENCES tickets (id) ON DELETE SET NULL, kind TEXT NOT NULL CHECK (kind IN ('csat', 'nps')), score INTEGER NOT NULL CHECK ((kind = 'csat' AND score BETWEEN 1 AND 5) OR (kind = 'nps' AND score BETWEEN 0 AND 10)), comment TEXT NOT NULL DEFAULT '', at TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) , request_id INTEGER REFERENCES survey_requests (id) ON DELETE SET NULL, channel TEXT CHECK (channel IS NULL OR channel IN ('phone', 'wechat', 'paper', 'in_person', 'sms', 'import'))) STRICT;

-- table tags (on tags)
CREATE TABLE tags (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) BETWEEN 1 AND 50), color TEXT, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))) STRICT;

-- table task_reminder_deliveries (on task_reminder_deliveries)
CREATE TABLE task_reminder_deliveries (id INTEGER PRIMARY KEY, task_id INTEGER NOT NULL REFERENCES tasks (id) ON DELETE CASCADE, remind_at TEXT NOT NULL, delivered_at TEXT NOT NULL, digest INTEGER NOT NULL DEFAULT 0 CHECK (digest IN (0, 1)), UNIQUE (task_id, remind_at)) STRICT;

-- table tasks (on tasks)
CREATE TABLE "tasks" (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 300), notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 10000), due_at TEXT CHECK (due_at IS NULL OR due_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'), due_date TEXT CHECK (due_date IS NULL OR (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(due_date) = due_date)), remind_at TEXT CHECK (remind_at IS NULL OR remind_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'), done_at TEXT, customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE, deal_id INTEGER REFERENCES deals (id) ON DELETE CASCADE, order_id INTEGER REFERENCES orders (id) ON DELETE CASCADE, ticket_id INTEGER REFERENCES tickets (id) ON DELETE CASCADE, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), deleted_at TEXT, CHECK (due_at IS NULL OR due_date IS NULL), CHECK ((deal_id IS NOT NULL) + (order_id IS NOT NULL) + (ticket_id IS NOT NULL) <= 1)) STRICT;

-- table ticket_events (on ticket_events)
CREATE TABLE ticket_events (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE, origin_ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('opened', 'replied', 'received', 'status', 'note', 'merged')), status TEXT CHECK (status IS NULL OR status IN ('open', 'pending', 'resolved', 'closed')), channel TEXT CHECK (channel IS NULL OR channel IN ('phone', 'wechat', 'in_person', 'sms', 'email')), body TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 20000), ref_ticket_id INTEGER REFERENCES tickets (id) ON DELETE SET NULL, at TEXT NOT NULL, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), CHECK ((kind = 'status') = (status IS NOT NULL))) STRICT;

-- table ticket_merges (on ticket_merges)
CREATE TABLE ticket_merges (id INTEGER PRIMARY KEY, kept_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE, merged_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE, moved TEXT NOT NULL CHECK (json_valid(moved)), at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), undone_at TEXT, CHECK (kept_id <> merged_id)) STRICT;

-- table tickets (on tickets)
CREATE TABLE tickets (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))), number TEXT NOT NULL UNIQUE, customer_id INTEGER REFERENCES customers (id), order_id INTEGER REFERENCES orders (id) ON DELETE SET NULL, kind TEXT NOT NULL DEFAULT 'inquiry' CHECK (kind IN ('inquiry', 'complaint', 'return', 'repair')), subject TEXT NOT NULL CHECK (length(trim(subject)) BETWEEN 1 AND 300), body TEXT NOT NULL DEFAULT '', priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')), status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'pending', 'resolved', 'closed')), opened_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), first_response_at TEXT CHECK (first_response_at IS NULL OR first_response_at >= opened_at), resolved_at TEXT CHECK (resolved_at IS NULL OR resolved_at >= opened_at), due_at TEXT, created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), deleted_at TEXT , merged_into_id INTEGER REFERENCES tickets (id)) STRICT;

-- trigger campaign_cost_lines_delete (on campaign_cost_lines)
CREATE TRIGGER campaign_cost_lines_delete AFTER DELETE ON campaign_cost_lines BEGIN UPDATE campaigns SET cost = (SELECT coalesce(sum(amount), 0) FROM campaign_cost_lines WHERE campaign_id = old.campaign_id) WHERE id = old.campaign_id; END;

-- trigger campaign_cost_lines_insert (on campaign_cost_lines)
CREATE TRIGGER campaign_cost_lines_insert AFTER INSERT ON campaign_cost_lines BEGIN UPDATE campaigns SET cost = (SELECT coalesce(sum(amount), 0) FROM campaign_cost_lines WHERE campaign_id = new.campaign_id) WHERE id = new.campaign_id; END;

-- trigger campaign_cost_lines_update (on campaign_cost_lines)
CREATE TRIGGER campaign_cost_lines_update AFTER UPDATE OF amount, campaign_id ON campaign_cost_lines BEGIN UPDATE campaigns SET cost = (SELECT coalesce(sum(amount), 0) FROM campaign_cost_lines WHERE campaign_id = campaigns.id) WHERE id IN (old.campaign_id, new.campaign_id); END;

-- trigger campaign_member_orders_campaign_days (on campaigns)
CREATE TRIGGER campaign_member_orders_campaign_days AFTER UPDATE OF attribution_days ON campaigns WHEN old.attribution_days <> new.attribution_days BEGIN DELETE FROM campaign_member_orders WHERE campaign_id = new.id; INSERT INTO campaign_member_orders (campaign_id, customer_id, order_id, contacted_at) SELECT m.campaign_id, m.customer_id, o.id, m.contacted_at FROM campaign_members m JOIN orders o ON o.customer_id = m.customer_id AND o.ordered_at >= m.contacted_at AND o.ordered_at < strftime('%Y-%m-%dT%H:%M:%fZ', m.contacted_at, '+' || (new.attribution_days + 2) || ' days') WHERE m.campaign_id = new.id AND m.contacted_at IS NOT NULL AND o.campaign_id IS NULL; END;

-- trigger campaign_member_orders_member_delete (on campaign_members)
CREATE TRIGGER campaign_member_orders_member_delete AFTER DELETE ON campaign_members BEGIN DELETE FROM campaign_member_orders WHERE campaign_id = old.campaign_id AND customer_id = old.customer_id; END;

-- trigger campaign_member_orders_member_insert (on campaign_members)
CREATE TRIGGER campaign_member_orders_member_insert AFTER INSERT ON campaign_members WHEN new.contacted_at IS NOT NULL BEGIN INSERT INTO campaign_member_orders (campaign_id, customer_id, order_id, contacted_at) SELECT new.campaign_id, new.customer_id, o.id, new.contacted_at FROM campaigns c JOIN orders o ON o.customer_id = new.customer_id AND o.ordered_at >= new.contacted_at AND o.ordered_at < strftime('%Y-%m-%dT%H:%M:%fZ', new.contacted_at, '+' || (c.attribution_days + 2) || ' days') WHERE c.id = new.campaign_id AND o.campaign_id IS NULL; END;

-- trigger campaign_member_orders_member_update (on campaign_members)
CREATE TRIGGER campaign_member_orders_member_update AFTER UPDATE OF campaign_id, customer_id, contacted_at ON campaign_members WHEN old.campaign_id <> new.campaign_id OR old.customer_id <> new.customer_id OR old.contacted_at IS NOT new.contacted_at BEGIN DELETE FROM campaign_member_orders WHERE campaign_id = old.campaign_id AND customer_id = old.customer_id; INSERT INTO campaign_member_orders (campaign_id, customer_id, order_id, contacted_at) SELECT new.campaign_id, new.customer_id, o.id, new.contacted_at FROM campaigns c JOIN orders o ON o.customer_id = new.customer_id AND o.ordered_at >= new.contacted_at AND o.ordered_at < strftime('%Y-%m-%dT%H:%M:%fZ', new.contacted_at, '+' || (c.attribution_days + 2) || ' days') WHERE c.id = new.campaign_id AND o.campaign_id IS NULL AND new.contacted_at IS NOT NULL; END;

-- trigger campaign_member_orders_order_delete (on orders)
CREATE TRIGGER campaign_member_orders_order_delete AFTER DELETE ON orders BEGIN DELETE FROM campaign_member_orders WHERE order_id = old.id; END;

-- trigger campaign_member_orders_order_insert (on orders)
CREATE TRIGGER campaign_member_orders_order_insert AFTER INSERT ON orders WHEN new.customer_id IS NOT NULL AND new.campaign_id IS NULL BEGIN INSERT INTO campaign_member_orders (campaign_id, customer_id, order_id, contacted_at) SELECT m.campaign_id, m.customer_id, new.id, m.contacted_at FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id WHERE m.customer_id = new.customer_id AND m.contacted_at IS NOT NULL AND new.ordered_at >= m.contacted_at AND new.ordered_at < strftime('%Y-%m-%dT%H:%M:%fZ', m.contacted_at, '+' || (c.attribution_days + 2) || ' days'); END;

-- trigger campaign_member_orders_order_update (on orders)
CREATE TRIGGER campaign_member_orders_order_update AFTER UPDATE OF customer_id, ordered_at, campaign_id ON orders WHEN old.customer_id IS NOT new.customer_id OR old.ordered_at <> new.ordered_at OR old.campaign_id IS NOT new.campaign_id BEGIN DELETE FROM campaign_member_orders WHERE order_id = old.id; INSERT INTO campaign_member_orders (campaign_id, customer_id, order_id, contacted_at) SELECT m.campaign_id, m.customer_id, new.id, m.contacted_at FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id WHERE new.campaign_id IS NULL AND m.customer_id = new.customer_id AND m.contacted_at IS NOT NULL AND new.ordered_at >= m.contacted_at AND new.ordered_at < strftime('%Y-%m-%dT%H:%M:%fZ', m.contacted_at, '+' || (c.attribution_days + 2) || ' days'); END;

-- trigger campaigns_cost_as_line (on campaigns)
CREATE TRIGGER campaigns_cost_as_line AFTER INSERT ON campaigns WHEN new.cost > 0 BEGIN INSERT INTO campaign_cost_lines (campaign_id, spent_on, item, amount) VALUES (new.id, coalesce(new.starts_on, substr(new.created_at, 1, 10)), '', new.cost); END;

-- trigger campaigns_cost_is_lines (on campaigns)
CREATE TRIGGER campaigns_cost_is_lines BEFORE UPDATE OF cost ON campaigns WHEN new.cost IS NOT (SELECT coalesce(sum(amount), 0) FROM campaign_cost_lines WHERE campaign_id = new.id) BEGIN SELECT RAISE(ABORT, 'campaigns.cost is the sum of its cost lines: change the lines'); END;

-- trigger customer_first_orders_delete (on orders)
CREATE TRIGGER customer_first_orders_delete AFTER DELETE ON orders WHEN old.customer_id IS NOT NULL BEGIN DELETE FROM customer_first_orders WHERE customer_id = old.customer_id; INSERT INTO customer_first_orders SELECT o.customer_id, min(o.ordered_at) FROM orders o WHERE o.customer_id = old.customer_id AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed') GROUP BY o.customer_id; END;

-- trigger customer_first_orders_insert (on orders)
CREATE TRIGGER customer_first_orders_insert AFTER INSERT ON orders WHEN new.customer_id IS NOT NULL AND new.deleted_at IS NULL AND new.status IN ('paid', 'shipped', 'completed') BEGIN INSERT INTO customer_first_orders VALUES (new.customer_id, new.ordered_at) ON CONFLICT DO UPDATE SET first_at = min(first_at, excluded.first_at); END;

-- trigger customer_first_orders_update (on orders)
CREATE TRIGGER customer_first_orders_update AFTER UPDATE OF customer_id, status, ordered_at, deleted_at ON orders BEGIN DELETE FROM customer_first_orders WHERE customer_id IN (old.customer_id, new.customer_id); INSERT INTO customer_first_orders SELECT o.customer_id, min(o.ordered_at) FROM orders o WHERE o.customer_id IN (old.customer_id, new.customer_id) AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed') GROUP BY o.customer_id; END;

-- trigger customer_products_line_delete (on order_lines)
CREATE TRIGGER customer_products_line_delete AFTER DELETE ON order_lines WHEN old.product_id IS NOT NULL BEGIN DELETE FROM customer_products WHERE customer_id = (SELECT customer_id FROM orders WHERE id = old.order_id); INSERT INTO customer_products (product_id, customer_id, last_at) SELECT l.product_id, o.customer_id, max(o.ordered_at) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.customer_id = (SELECT customer_id FROM orders WHERE id = old.order_id) AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed') AND l.product_id IS NOT NULL GROUP BY l.product_id, o.customer_id; END;

-- trigger customer_products_line_insert (on order_lines)
CREATE TRIGGER customer_products_line_insert AFTER INSERT ON order_lines WHEN new.product_id IS NOT NULL BEGIN INSERT INTO customer_products (product_id, customer_id, last_at) SELECT new.product_id, o.customer_id, o.ordered_at FROM orders o WHERE o.id = new.order_id AND o.customer_id IS NOT NULL AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed') ON CONFLICT (product_id, customer_id) DO UPDATE SET last_at = max(last_at, excluded.last_at); END;

-- trigger customer_products_line_update (on order_lines)
CREATE TRIGGER customer_products_line_update AFTER UPDATE OF order_id, product_id ON order_lines WHEN old.order_id <> new.order_id OR old.product_id IS NOT new.product_id BEGIN DELETE FROM customer_products WHERE customer_id IN (SELECT customer_id FROM orders WHERE id IN (old.order_id, new.order_id)); INSERT INTO customer_products (product_id, customer_id, last_at) SELECT l.product_id, o.customer_id, max(o.ordered_at) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.customer_id IN (SELECT customer_id FROM orders WHERE id IN (old.order_id, new.order_id)) AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed') AND l.product_id IS NOT NULL GROUP BY l.product_id, o.customer_id; END;

-- trigger customer_products_order_delete (on orders)
CREATE TRIGGER customer_products_order_delete AFTER DELETE ON orders WHEN old.customer_id IS NOT NULL BEGIN DELETE FROM customer_products WHERE customer_id = old.customer_id; INSERT INTO customer_products (product_id, customer_id, last_at) SELECT l.product_id, o.customer_id, max(o.ordered_at) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.customer_id = old.customer_id AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed') AND l.product_id IS NOT NULL GROUP BY l.product_id, o.customer_id; END;

-- trigger customer_products_order_insert (on orders)
CREATE TRIGGER customer_products_order_insert AFTER INSERT ON orders WHEN new.customer_id IS NOT NULL AND new.deleted_at IS NULL AND new.status IN ('paid', 'shipped', 'completed') BEGIN INSERT INTO customer_products (product_id, customer_id, last_at) SELECT l.product_id, new.customer_id, new.ordered_at FROM order_lines l WHERE l.order_id = new.id AND l.product_id IS NOT NULL ON CONFLICT (product_id, customer_id) DO UPDATE SET last_at = max(last_at, excluded.last_at); END;

-- trigger customer_products_order_update (on orders)
CREATE TRIGGER customer_products_order_update AFTER UPDATE OF customer_id, status, ordered_at, deleted_at ON orders WHEN old.customer_id IS NOT new.customer_id OR old.status <> new.status OR old.ordered_at <> new.ordered_at OR old.deleted_at IS NOT new.deleted_at BEGIN DELETE FROM customer_products WHERE customer_id IN (old.customer_id, new.customer_id); INSERT INTO customer_products (product_id, customer_id, last_at) SELECT l.product_id, o.customer_id, max(o.ordered_at) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.customer_id IN (old.customer_id, new.customer_id) AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed') AND l.product_id IS NOT NULL GROUP BY l.product_id, o.customer_id; END;

-- trigger customer_sales_order_delete (on orders)
CREATE TRIGGER customer_sales_order_delete AFTER DELETE ON orders WHEN old.customer_id IS NOT NULL BEGIN DELETE FROM customer_sales WHERE customer_id = old.customer_id; INSERT INTO customer_sales (customer_id, orders, spend, first_at, last_at) SELECT customer_id, count(*), sum(total), min(ordered_at), max(ordered_at) FROM orders WHERE customer_id = old.customer_id AND deleted_at IS NULL AND status IN ('paid', 'shipped', 'completed') GROUP BY customer_id; END;

-- trigger customer_sales_order_insert (on orders)
CREATE TRIGGER customer_sales_order_insert AFTER INSERT ON orders WHEN new.customer_id IS NOT NULL AND new.deleted_at IS NULL AND new.status IN ('paid', 'shipped', 'completed') BEGIN INSERT INTO customer_sales (customer_id, orders, spend, first_at, last_at) VALUES (new.customer_id, 1, new.total, new.ordered_at, new.ordered_at) ON CONFLICT (customer_id) DO UPDATE SET orders = orders + 1, spend = spend + excluded.spend, first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at); END;

-- trigger customer_sales_order_update (on orders)
CREATE TRIGGER customer_sales_order_update AFTER UPDATE OF customer_id, total, status, ordered_at, deleted_at ON orders BEGIN DELETE FROM customer_sales WHERE customer_id IN (old.customer_id, new.customer_id); INSERT INTO customer_sales (customer_id, orders, spend, first_at, last_at) SELECT customer_id, count(*), sum(total), min(ordered_at), max(ordered_at) FROM orders WHERE customer_id IN (old.customer_id, new.customer_id) AND deleted_at IS NULL AND status IN ('paid', 'shipped', 'completed') GROUP BY customer_id; END;

-- trigger customer_stats_order_delete (on orders)
CREATE TRIGGER customer_stats_order_delete AFTER DELETE ON orders WHEN old.customer_id IS NOT NULL BEGIN UPDATE customers SET (lifetime_value, order_count, last_purchase_at) = (SELECT coalesce(sum(o.total - o.refunded), 0), count(*), max(o.ordered_at) FROM orders o WHERE o.customer_id = customers.id AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded')) WHERE id = old.customer_id; END;

-- trigger customer_stats_order_insert (on orders)
CREATE TRIGGER customer_stats_order_insert AFTER INSERT ON orders WHEN new.customer_id IS NOT NULL AND new.deleted_at IS NULL AND new.status NOT IN ('cancelled', 'refunded') BEGIN UPDATE customers SET lifetime_value = lifetime_value + new.total - new.refunded, order_count = order_count + 1, last_purchase_at = max(coalesce(last_purchase_at, ''), new.ordered_at) WHERE id = new.customer_id; END;

-- trigger customer_stats_order_update (on orders)
CREATE TRIGGER customer_stats_order_update AFTER UPDATE OF customer_id, total, refunded, status, ordered_at, deleted_at ON orders BEGIN UPDATE customers SET (lifetime_value, order_count, last_purchase_at) = (SELECT coalesce(sum(o.total - o.refunded), 0), count(*), max(o.ordered_at) FROM orders o WHERE o.customer_id = customers.id AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded')) WHERE id IN (old.customer_id, new.customer_id); END;

-- trigger customers_fts_delete (on customers)
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers WHEN old.id < coalesce((SELECT from_id FROM customers_fts_deferred), old.id + 1) BEGIN INSERT INTO customers_fts (customers_fts, rowid, name, phone_norm, email, notes, name_pinyin, name_initials) VALUES ('delete', old.id, old.name, old.phone_norm, old.email, old.notes, old.name_pinyin, old.name_initials); END;

-- trigger customers_fts_insert (on customers)
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers WHEN new.id < coalesce((SELECT from_id FROM customers_fts_deferred), new.id + 1) BEGIN INSERT INTO customers_fts (rowid, name, phone_norm, email, notes, name_pinyin, name_initials) VALUES (new.id, new.name, new.phone_norm, new.email, new.notes, new.name_pinyin, new.name_initials); END;

-- trigger customers_fts_update (on customers)
CREATE TRIGGER customers_fts_update AFTER UPDATE OF name, phone_norm, email, notes, name_pinyin, name_initials ON customers WHEN old.id < coalesce((SELECT from_id FROM customers_fts_deferred), old.id + 1) BEGIN INSERT INTO customers_fts (customers_fts, rowid, name, phone_norm, email, notes, name_pinyin, name_initials) VALUES ('delete', old.id, old.name, old.phone_norm, old.email, old.notes, old.name_pinyin, old.name_initials); INSERT INTO customers_fts (rowid, name, phone_norm, email, notes, name_pinyin, name_initials) VALUES (new.id, new.name, new.phone_norm, new.email, new.notes, new.name_pinyin, new.name_initials); END;

-- trigger order_day_totals_delete (on orders)
CREATE TRIGGER order_day_totals_delete AFTER DELETE ON orders WHEN old.deleted_at IS NULL BEGIN UPDATE order_day_totals SET orders = orders - 1, total = total - old.total, refunded = refunded - old.refunded WHERE day = substr(old.ordered_at, 1, 10) AND status = old.status AND channel = coalesce(old.channel, '') AND payment_method = coalesce(old.payment_method, '') AND walk_in = (old.customer_id IS NULL); END;

-- trigger order_day_totals_insert (on orders)
CREATE TRIGGER order_day_totals_insert AFTER INSERT ON orders WHEN new.deleted_at IS NULL BEGIN INSERT INTO order_day_totals VALUES (substr(new.ordered_at, 1, 10), new.status, coalesce(new.channel, ''), coalesce(new.payment_method, ''), new.customer_id IS NULL, 1, new.total, new.refunded) ON CONFLICT DO UPDATE SET orders = orders + 1, total = total + excluded.total, refunded = refunded + excluded.refunded; END;

-- trigger order_day_totals_update (on orders)
CREATE TRIGGER order_day_totals_update AFTER UPDATE OF ordered_at, status, channel, payment_method, customer_id, total, refunded, deleted_at ON orders BEGIN UPDATE order_day_totals SET orders = orders - 1, total = total - old.total, refunded = refunded - old.refunded WHERE old.deleted_at IS NULL AND day = substr(old.ordered_at, 1, 10) AND status = old.status AND channel = coalesce(old.channel, '') AND payment_method = coalesce(old.payment_method, '') AND walk_in = (old.customer_id IS NULL); INSERT INTO order_day_totals SELECT substr(new.ordered_at, 1, 10), new.status, coalesce(new.channel, ''), coalesce(new.payment_method, ''), new.customer_id IS NULL, 1, new.total, new.refunded WHERE new.deleted_at IS NULL ON CONFLICT DO UPDATE SET orders = orders + 1, total = total + excluded.total, refunded = refunded + excluded.refunded; END;

-- trigger order_hour_totals_delete (on orders)
CREATE TRIGGER order_hour_totals_delete AFTER DELETE ON orders WHEN old.deleted_at IS NULL BEGIN UPDATE order_hour_totals SET orders = orders - 1, total = total - old.total, refunded = refunded - old.refunded WHERE hour = substr(old.ordered_at, 1, 13) AND status = old.status AND channel = coalesce(old.channel, ''); END;

-- trigger order_hour_totals_insert (on orders)
CREATE TRIGGER order_hour_totals_insert AFTER INSERT ON orders WHEN new.deleted_at IS NULL BEGIN INSERT INTO order_hour_totals VALUES (substr(new.ordered_at, 1, 13), new.status, coalesce(new.channel, ''), 1, new.total, new.refunded) ON CONFLICT DO UPDATE SET orders = orders + 1, total = total + excluded.total, refunded = refunded + excluded.refunded; END;

-- trigger order_hour_totals_update (on orders)
CREATE TRIGGER order_hour_totals_update AFTER UPDATE OF ordered_at, status, channel, total, refunded, deleted_at ON orders BEGIN UPDATE order_hour_totals SET orders = orders - 1, total = total - old.total, refunded = refunded - old.refunded WHERE old.deleted_at IS NULL AND hour = substr(old.ordered_at, 1, 13) AND status = old.status AND channel = coalesce(old.channel, ''); INSERT INTO order_hour_totals SELECT substr(new.ordered_at, 1, 13), new.status, coalesce(new.channel, ''), 1, new.total, new.refunded WHERE new.deleted_at IS NULL ON CONFLICT DO UPDATE SET orders = orders + 1, total = total + excluded.total, refunded = refunded + excluded.refunded; END;

-- trigger order_margins_line_delete (on order_lines)
CREATE TRIGGER order_margins_line_delete AFTER DELETE ON order_lines BEGIN DELETE FROM order_margins WHERE order_id IN (old.order_id); INSERT INTO order_margins (order_id, profit, without_cost) SELECT t.id, coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0) - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER)) FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL WHERE r.order_id = t.id AND r.undone_at IS NULL), 0), (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL) FROM (SELECT DISTINCT value AS id FROM json_each(json_array(old.order_id))) t WHERE t.id IS NOT NULL AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id)); END;

-- trigger order_margins_line_insert (on order_lines)
CREATE TRIGGER order_margins_line_insert AFTER INSERT ON order_lines WHEN NOT EXISTS (SELECT 1 FROM order_refunds WHERE order_id = new.order_id) BEGIN INSERT INTO order_margins (order_id, profit, without_cost) SELECT new.order_id, CASE WHEN p.cost IS NULL THEN 0 ELSE new.line_total - CAST(round(new.quantity * p.cost) AS INTEGER) END, p.cost IS NULL FROM (SELECT 1) LEFT JOIN products p ON p.id = new.product_id ON CONFLICT (order_id) DO UPDATE SET profit = profit + excluded.profit, without_cost = without_cost + excluded.without_cost; END;

-- trigger order_margins_line_insert_refunded (on order_lines)
CREATE TRIGGER order_margins_line_insert_refunded AFTER INSERT ON order_lines WHEN EXISTS (SELECT 1 FROM order_refunds WHERE order_id = new.order_id) BEGIN DELETE FROM order_margins WHERE order_id IN (new.order_id); INSERT INTO order_margins (order_id, profit, without_cost) SELECT t.id, coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0) - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER)) FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL WHERE r.order_id = t.id AND r.undone_at IS NULL), 0), (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL) FROM (SELECT DISTINCT value AS id FROM json_each(json_array(new.order_id))) t WHERE t.id IS NOT NULL AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id)); END;

-- trigger order_margins_line_update (on order_lines)
CREATE TRIGGER order_margins_line_update AFTER UPDATE OF order_id, product_id, quantity, line_total ON order_lines BEGIN DELETE FROM order_margins WHERE order_id IN (old.order_id, new.order_id); INSERT INTO order_margins (order_id, profit, without_cost) SELECT t.id, coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0) - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER)) FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL WHERE r.order_id = t.id AND r.undone_at IS NULL), 0), (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL) FROM (SELECT DISTINCT value AS id FROM json_each(json_array(old.order_id, new.order_id))) t WHERE t.id IS NOT NULL AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id)); END;

-- trigger order_margins_product_cost (on products)
CREATE TRIGGER order_margins_product_cost AFTER UPDATE OF cost ON products WHEN old.cost IS NOT new.cost BEGIN DELETE FROM order_margins WHERE order_id IN (SELECT order_id FROM order_lines WHERE product_id = new.id); INSERT INTO order_margins (order_id, profit, without_cost) SELECT t.id, coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0) - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER)) FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL WHERE r.order_id = t.id AND r.undone_at IS NULL), 0), (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL) FROM (SELECT DISTINCT order_id AS id FROM order_lines WHERE product_id = new.id) t; END;

-- trigger order_margins_refund_delete (on order_refunds)
CREATE TRIGGER order_margins_refund_delete AFTER DELETE ON order_refunds BEGIN DELETE FROM order_margins WHERE order_id IN (old.order_id); INSERT INTO order_margins (order_id, profit, without_cost) SELECT t.id, coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0) - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER)) FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL WHERE r.order_id = t.id AND r.undone_at IS NULL), 0), (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL) FROM (SELECT DISTINCT value AS id FROM json_each(json_array(old.order_id))) t WHERE t.id IS NOT NULL AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id)); END;

-- trigger order_margins_refund_line_delete (on order_refund_lines)
CREATE TRIGGER order_margins_refund_line_delete AFTER DELETE ON order_refund_lines BEGIN DELETE FROM order_margins WHERE order_id IN ((SELECT order_id FROM order_refunds WHERE id = old.refund_id)); INSERT INTO order_margins (order_id, profit, without_cost) SELECT t.id, coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0) - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER)) FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL WHERE r.order_id = t.id AND r.undone_at IS NULL), 0), (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL) FROM (SELECT DISTINCT value AS id FROM json_each(json_array((SELECT order_id FROM order_refunds WHERE id = old.refund_id)))) t WHERE t.id IS NOT NULL AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id)); END;

-- trigger order_margins_refund_line_insert (on order_refund_lines)
CREATE TRIGGER order_margins_refund_line_insert AFTER INSERT ON order_refund_lines BEGIN DELETE FROM order_margins WHERE order_id IN ((SELECT order_id FROM order_refunds WHERE id = new.refund_id)); INSERT INTO order_margins (order_id, profit, without_cost) SELECT t.id, coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0) - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER)) FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL WHERE r.order_id = t.id AND r.undone_at IS NULL), 0), (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL) FROM (SELECT DISTINCT value AS id FROM json_each(json_array((SELECT order_id FROM order_refunds WHERE id = new.refund_id)))) t WHERE t.id IS NOT NULL AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id)); END;

-- trigger order_margins_refund_line_update (on order_refund_lines)
CREATE TRIGGER order_margins_refund_line_update AFTER UPDATE ON order_refund_lines BEGIN DELETE FROM order_margins WHERE order_id IN ((SELECT order_id FROM order_refunds WHERE id = old.refund_id), (SELECT order_id FROM order_refunds WHERE id = new.refund_id)); INSERT INTO order_margins (order_id, profit, without_cost) SELECT t.id, coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0) - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER)) FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL WHERE r.order_id = t.id AND r.undone_at IS NULL), 0), (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL) FROM (SELECT DISTINCT value AS id FROM json_each(json_array((SELECT order_id FROM order_refunds WHERE id = old.refund_id), (SELECT order_id FROM order_refunds WHERE id = new.refund_id)))) t WHERE t.id IS NOT NULL AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id)); END;

-- trigger order_margins_refund_update (on order_refunds)
CREATE TRIGGER order_margins_refund_update AFTER UPDATE OF order_id, undone_at ON order_refunds BEGIN DELETE FROM order_margins WHERE order_id IN (old.order_id, new.order_id); INSERT INTO order_margins (order_id, profit, without_cost) SELECT t.id, coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0) - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER)) FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL WHERE r.order_id = t.id AND r.undone_at IS NULL), 0), (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL) FROM (SELECT DISTINCT value AS id FROM json_each(json_array(old.order_id, new.order_id))) t WHERE t.id IS NOT NULL AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id)); END;

-- trigger order_month_totals_delete (on order_day_totals)
CREATE TRIGGER order_month_totals_delete AFTER DELETE ON order_day_totals BEGIN UPDATE order_month_totals SET orders = orders - old.orders, total = total - old.total, refunded = refunded - old.refunded WHERE month = substr(old.day, 1, 7) AND status = old.status AND channel = old.channel AND payment_method = old.payment_method AND walk_in = old.walk_in; END;

-- trigger order_month_totals_insert (on order_day_totals)
CREATE TRIGGER order_month_totals_insert AFTER INSERT ON order_day_totals BEGIN INSERT INTO order_month_totals VALUES (substr(new.day, 1, 7), new.status, new.channel, new.payment_method, new.walk_in, new.orders, new.total, new.refunded) ON CONFLICT DO UPDATE SET orders = orders + excluded.orders, total = total + excluded.total, refunded = refunded + excluded.refunded; END;

-- trigger order_month_totals_update (on order_day_totals)
CREATE TRIGGER order_month_totals_update AFTER UPDATE ON order_day_totals BEGIN UPDATE order_month_totals SET orders = orders - old.orders + new.orders, total = total - old.total + new.total, refunded = refunded - old.refunded + new.refunded WHERE month = substr(new.day, 1, 7) AND status = new.status AND channel = new.channel AND payment_method = new.payment_method AND walk_in = new.walk_in; END;
