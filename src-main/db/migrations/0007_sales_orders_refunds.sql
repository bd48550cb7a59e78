-- Products and orders as the sales screens write them (issue 11, section 1).
--
-- Products: pinyin keys of the name so `kfd` and `kafei` find 咖啡豆, and a sort key that
-- orders Chinese names by pinyin. Computed by the catalog's writes (src-main/catalog/write.ts);
-- NULL until then: rows from before this step get theirs the first time the catalog is read.
ALTER TABLE products ADD COLUMN name_pinyin TEXT;
ALTER TABLE products ADD COLUMN name_initials TEXT;
ALTER TABLE products ADD COLUMN sort_key TEXT;
CREATE INDEX products_live_sort ON products (deleted_at, sort_key, id);
CREATE INDEX products_keys_missing ON products (id) WHERE name_pinyin IS NULL;

-- A line's own discount: line_total = round(quantity × unit_price) − discount.
ALTER TABLE order_lines ADD COLUMN discount INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0);

-- Money given back by refunds (the Σ of the order's refund records): kept on the order so the
-- customer figures and the orders page read it without a join.
ALTER TABLE orders ADD COLUMN refunded INTEGER NOT NULL DEFAULT 0 CHECK (refunded >= 0);

-- Cancellations and refunds are records of their own, never edits that make numbers disappear:
-- the accountant pack lists them by the day they happened. A cancellation keeps the status it
-- ended so its undo can restore it; an undone cancellation stays, marked, for the log.
CREATE TABLE order_refunds (
  id              INTEGER PRIMARY KEY,
  uid             TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%012x', CAST(unixepoch('subsec') * 1000 AS INTEGER)) || '7' || substr(hex(randomblob(2)), 2) || printf('%x', 8 + abs(random()) % 4) || substr(hex(randomblob(8)), 2))),
  order_id        INTEGER NOT NULL REFERENCES orders (id),
  kind            TEXT NOT NULL CHECK (kind IN ('cancel', 'refund')),
  reason          TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 500),
  -- Money given back (for a cancellation: what had been paid and not yet refunded).
  amount          INTEGER NOT NULL CHECK (amount >= 0),
  -- The tax part of amount.
  tax             INTEGER NOT NULL DEFAULT 0,
  at              TEXT NOT NULL,
  previous_status TEXT CHECK (previous_status IS NULL OR previous_status IN ('pending', 'paid', 'shipped', 'completed')),
  undone_at       TEXT,
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK (kind = 'refund' OR previous_status IS NOT NULL)
) STRICT;
CREATE INDEX order_refunds_order ON order_refunds (order_id, at);
CREATE INDEX order_refunds_at ON order_refunds (at);

-- The goods a refund took back. The description is kept so the record reads the same if an
-- import later replaces the order's lines (then order_line_id becomes NULL).
CREATE TABLE order_refund_lines (
  id            INTEGER PRIMARY KEY,
  refund_id     INTEGER NOT NULL REFERENCES order_refunds (id) ON DELETE CASCADE,
  order_line_id INTEGER REFERENCES order_lines (id) ON DELETE SET NULL,
  description   TEXT NOT NULL DEFAULT '',
  quantity      REAL NOT NULL CHECK (quantity > 0),
  amount        INTEGER NOT NULL CHECK (amount >= 0)
) STRICT;
CREATE INDEX order_refund_lines_refund ON order_refund_lines (refund_id);
CREATE INDEX order_refund_lines_line ON order_refund_lines (order_line_id);

-- The customer figures (migration 0002) count what a customer kept: total − refunded of each
-- counted order. The triggers are the same but for that, and `refunded` joins the columns
-- whose change recomputes a customer.
DROP TRIGGER customer_stats_order_insert;
DROP TRIGGER customer_stats_order_update;
DROP TRIGGER customer_stats_order_delete;

CREATE TRIGGER customer_stats_order_insert AFTER INSERT ON orders
WHEN new.customer_id IS NOT NULL AND new.deleted_at IS NULL AND new.status NOT IN ('cancelled', 'refunded')
BEGIN
  UPDATE customers SET
    lifetime_value = lifetime_value + new.total - new.refunded,
    order_count = order_count + 1,
    last_purchase_at = max(coalesce(last_purchase_at, ''), new.ordered_at)
  WHERE id = new.customer_id;
END;

CREATE TRIGGER customer_stats_order_update
AFTER UPDATE OF customer_id, total, refunded, status, ordered_at, deleted_at ON orders
BEGIN
  UPDATE customers SET
    lifetime_value = coalesce((SELECT sum(o.total - o.refunded) FROM orders o WHERE o.customer_id = customers.id
      AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded')), 0),
    order_count = (SELECT count(*) FROM orders o WHERE o.customer_id = customers.id
      AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded')),
    last_purchase_at = (SELECT max(o.ordered_at) FROM orders o WHERE o.customer_id = customers.id
      AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded'))
  WHERE id IN (old.customer_id, new.customer_id);
END;

CREATE TRIGGER customer_stats_order_delete AFTER DELETE ON orders
WHEN old.customer_id IS NOT NULL
BEGIN
  UPDATE customers SET
    lifetime_value = coalesce((SELECT sum(o.total - o.refunded) FROM orders o WHERE o.customer_id = customers.id
      AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded')), 0),
    order_count = (SELECT count(*) FROM orders o WHERE o.customer_id = customers.id
      AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded')),
    last_purchase_at = (SELECT max(o.ordered_at) FROM orders o WHERE o.customer_id = customers.id
      AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded'))
  WHERE id = old.customer_id;
END;

-- The orders page sums everything a filter matches (count, sales, refunds) at 1,000,000 order
-- lines without reading every order: per UTC day and per value of each filter of the page
-- (status, channel, payment method, walk-in), the orders' count, Σ total and Σ refunded,
-- kept by triggers whoever writes orders (sales screens, CSV import and its undo, seed). A
-- filter's whole UTC days come from here, the part-days at its edges from the orders
-- themselves (src-main/orders/totals-query.ts). Derived: never written by application code.
CREATE TABLE order_day_totals (
  day            TEXT NOT NULL,
  status         TEXT NOT NULL,
  channel        TEXT NOT NULL,
  payment_method TEXT NOT NULL,
  walk_in        INTEGER NOT NULL,
  orders         INTEGER NOT NULL,
  total          INTEGER NOT NULL,
  refunded       INTEGER NOT NULL,
  PRIMARY KEY (day, status, channel, payment_method, walk_in)
) STRICT, WITHOUT ROWID;

INSERT INTO order_day_totals
SELECT substr(ordered_at, 1, 10), status, coalesce(channel, ''), coalesce(payment_method, ''), customer_id IS NULL,
  count(*), sum(total), sum(refunded)
FROM orders WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5;

CREATE TRIGGER order_day_totals_insert AFTER INSERT ON orders WHEN new.deleted_at IS NULL
BEGIN
  INSERT INTO order_day_totals VALUES (substr(new.ordered_at, 1, 10), new.status, coalesce(new.channel, ''),
    coalesce(new.payment_method, ''), new.customer_id IS NULL, 1, new.total, new.refunded)
  ON CONFLICT DO UPDATE SET orders = orders + 1, total = total + excluded.total, refunded = refunded + excluded.refunded;
END;

CREATE TRIGGER order_day_totals_update
AFTER UPDATE OF ordered_at, status, channel, payment_method, customer_id, total, refunded, deleted_at ON orders
BEGIN
  UPDATE order_day_totals SET orders = orders - 1, total = total - old.total, refunded = refunded - old.refunded
  WHERE old.deleted_at IS NULL AND day = substr(old.ordered_at, 1, 10) AND status = old.status
    AND channel = coalesce(old.channel, '') AND payment_method = coalesce(old.payment_method, '')
    AND walk_in = (old.customer_id IS NULL);
  INSERT INTO order_day_totals SELECT substr(new.ordered_at, 1, 10), new.status, coalesce(new.channel, ''),
    coalesce(new.payment_method, ''), new.customer_id IS NULL, 1, new.total, new.refunded
  WHERE new.deleted_at IS NULL
  ON CONFLICT DO UPDATE SET orders = orders + 1, total = total + excluded.total, refunded = refunded + excluded.refunded;
END;

CREATE TRIGGER order_day_totals_delete AFTER DELETE ON orders WHEN old.deleted_at IS NULL
BEGIN
  UPDATE order_day_totals SET orders = orders - 1, total = total - old.total, refunded = refunded - old.refunded
  WHERE day = substr(old.ordered_at, 1, 10) AND status = old.status AND channel = coalesce(old.channel, '')
    AND payment_method = coalesce(old.payment_method, '') AND walk_in = (old.customer_id IS NULL);
END;

-- The page's rows: newest first, or by amount, filtered by what the index itself holds, so a
-- rare status or channel is found without reading the orders it passes over.
-- orders_page_time starts with ordered_at, so it serves everything orders_ordered_at did.
CREATE INDEX orders_page_time ON orders (ordered_at, status, channel, payment_method, customer_id, deleted_at, total, refunded);
DROP INDEX orders_ordered_at;
CREATE INDEX orders_page_total ON orders (total, ordered_at, status, channel, payment_method, customer_id, deleted_at);
