-- The dashboard's sales tiles and trend (issue 13, section 2) without reading the orders.
--
-- Per UTC hour, status and channel: the orders' count, Σ total and Σ refunded. The shop's local
-- days, weeks and months are placed at read (src-main/dashboard/hour-buckets.ts): every whole-hour
-- time zone (Asia/Shanghai, Europe/Berlin with its summer time…) starts its days on whole UTC
-- hours, so a local period is a run of whole hours whatever the zone and even after the laptop
-- moves to another one; a half-hour zone reads the one hour cut at each boundary from the orders.
-- A local-day grain kept by triggers could not follow a change of zone, and a UTC-day grain
-- (order_day_totals) cuts the shop's day in two. Kept by triggers whoever writes orders (sales
-- screens, CSV import and its undo, seed). Derived: never written by application code.
CREATE TABLE order_hour_totals (
  hour     TEXT NOT NULL,
  status   TEXT NOT NULL,
  channel  TEXT NOT NULL,
  orders   INTEGER NOT NULL,
  total    INTEGER NOT NULL,
  refunded INTEGER NOT NULL,
  PRIMARY KEY (hour, status, channel)
) STRICT, WITHOUT ROWID;

INSERT INTO order_hour_totals
SELECT substr(ordered_at, 1, 13), status, coalesce(channel, ''), count(*), sum(total), sum(refunded)
FROM orders WHERE deleted_at IS NULL GROUP BY 1, 2, 3;

CREATE TRIGGER order_hour_totals_insert AFTER INSERT ON orders WHEN new.deleted_at IS NULL
BEGIN
  INSERT INTO order_hour_totals VALUES (substr(new.ordered_at, 1, 13), new.status, coalesce(new.channel, ''),
    1, new.total, new.refunded)
  ON CONFLICT DO UPDATE SET orders = orders + 1, total = total + excluded.total, refunded = refunded + excluded.refunded;
END;

CREATE TRIGGER order_hour_totals_update
AFTER UPDATE OF ordered_at, status, channel, total, refunded, deleted_at ON orders
BEGIN
  UPDATE order_hour_totals SET orders = orders - 1, total = total - old.total, refunded = refunded - old.refunded
  WHERE old.deleted_at IS NULL AND hour = substr(old.ordered_at, 1, 13) AND status = old.status
    AND channel = coalesce(old.channel, '');
  INSERT INTO order_hour_totals SELECT substr(new.ordered_at, 1, 13), new.status, coalesce(new.channel, ''),
    1, new.total, new.refunded
  WHERE new.deleted_at IS NULL
  ON CONFLICT DO UPDATE SET orders = orders + 1, total = total + excluded.total, refunded = refunded + excluded.refunded;
END;

CREATE TRIGGER order_hour_totals_delete AFTER DELETE ON orders WHEN old.deleted_at IS NULL
BEGIN
  UPDATE order_hour_totals SET orders = orders - 1, total = total - old.total, refunded = refunded - old.refunded
  WHERE hour = substr(old.ordered_at, 1, 13) AND status = old.status AND channel = coalesce(old.channel, '');
END;

-- Each customer's first counted order (not deleted; paid, shipped or completed — the insights'
-- COUNTED_ORDER), for the dashboard's new customers and returning-customer share: a customer is
-- new in the period that holds this instant. Kept by triggers; a changed or deleted order
-- recomputes its customers from their orders (the orders_customer index).
CREATE TABLE customer_first_orders (
  customer_id INTEGER PRIMARY KEY,
  first_at    TEXT NOT NULL
) STRICT;
CREATE INDEX customer_first_orders_at ON customer_first_orders (first_at);

INSERT INTO customer_first_orders
SELECT customer_id, min(ordered_at) FROM orders
WHERE customer_id IS NOT NULL AND deleted_at IS NULL AND status IN ('paid', 'shipped', 'completed')
GROUP BY customer_id;

CREATE TRIGGER customer_first_orders_insert AFTER INSERT ON orders
WHEN new.customer_id IS NOT NULL AND new.deleted_at IS NULL AND new.status IN ('paid', 'shipped', 'completed')
BEGIN
  INSERT INTO customer_first_orders VALUES (new.customer_id, new.ordered_at)
  ON CONFLICT DO UPDATE SET first_at = min(first_at, excluded.first_at);
END;

CREATE TRIGGER customer_first_orders_update AFTER UPDATE OF customer_id, status, ordered_at, deleted_at ON orders
BEGIN
  DELETE FROM customer_first_orders WHERE customer_id IN (old.customer_id, new.customer_id);
  INSERT INTO customer_first_orders
  SELECT o.customer_id, min(o.ordered_at) FROM orders o
  WHERE o.customer_id IN (old.customer_id, new.customer_id) AND o.deleted_at IS NULL
    AND o.status IN ('paid', 'shipped', 'completed')
  GROUP BY o.customer_id;
END;

CREATE TRIGGER customer_first_orders_delete AFTER DELETE ON orders WHEN old.customer_id IS NOT NULL
BEGIN
  DELETE FROM customer_first_orders WHERE customer_id = old.customer_id;
  INSERT INTO customer_first_orders
  SELECT o.customer_id, min(o.ordered_at) FROM orders o
  WHERE o.customer_id = old.customer_id AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed')
  GROUP BY o.customer_id;
END;
