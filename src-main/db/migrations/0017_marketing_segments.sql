-- Saved segments (issue 14). A segment is a definition re-evaluated every time; a snapshot is
-- a segment frozen at an instant: its members are stored in segment_members and it keeps the
-- definition and the segment it was frozen from, for the record.
ALTER TABLE segments ADD COLUMN frozen_at TEXT;
ALTER TABLE segments ADD COLUMN frozen_from_id INTEGER REFERENCES segments (id);
CREATE INDEX segments_live ON segments (deleted_at, name);

-- Each customer's counted orders (insights/sql/counted-orders.ts: not deleted, paid, shipped or
-- completed — unlike customers.order_count, which also counts pending orders): number, spend,
-- first and last purchase. Every segment count reads them for 100,000 customers; grouping the
-- orders on each count took hundreds of milliseconds. Derived: kept by the triggers below,
-- whoever writes orders; never written by application code. No row: no counted order.
-- No REFERENCES (like customer_first_orders): a derived row is not something that points at a
-- customer, and the import undo keeps any customer a foreign key points at. A customer leaves
-- only once their orders are gone or moved, and the triggers then drop the row.
CREATE TABLE customer_sales (
  customer_id INTEGER PRIMARY KEY,
  orders      INTEGER NOT NULL,
  spend       INTEGER NOT NULL,
  first_at    TEXT NOT NULL,
  last_at     TEXT NOT NULL
) STRICT;

-- Recomputing a customer reads their orders through this index alone.
CREATE INDEX orders_counted_by_customer ON orders (customer_id, status, deleted_at, ordered_at, total);
-- "Bought a product or a category": from the products' lines to their orders without reading the lines.
CREATE INDEX order_lines_product_order ON order_lines (product_id, order_id);

INSERT INTO customer_sales (customer_id, orders, spend, first_at, last_at)
SELECT customer_id, count(*), sum(total), min(ordered_at), max(ordered_at) FROM orders
 WHERE customer_id IS NOT NULL AND deleted_at IS NULL AND status IN ('paid', 'shipped', 'completed')
 GROUP BY customer_id;

-- A new counted order adds to the figures (cheap for bulk imports); anything else recomputes
-- the customers concerned from their orders.
CREATE TRIGGER customer_sales_order_insert AFTER INSERT ON orders
WHEN new.customer_id IS NOT NULL AND new.deleted_at IS NULL AND new.status IN ('paid', 'shipped', 'completed')
BEGIN
  INSERT INTO customer_sales (customer_id, orders, spend, first_at, last_at)
  VALUES (new.customer_id, 1, new.total, new.ordered_at, new.ordered_at)
  ON CONFLICT (customer_id) DO UPDATE SET
    orders = orders + 1,
    spend = spend + excluded.spend,
    first_at = min(first_at, excluded.first_at),
    last_at = max(last_at, excluded.last_at);
END;

CREATE TRIGGER customer_sales_order_update
AFTER UPDATE OF customer_id, total, status, ordered_at, deleted_at ON orders
BEGIN
  DELETE FROM customer_sales WHERE customer_id IN (old.customer_id, new.customer_id);
  INSERT INTO customer_sales (customer_id, orders, spend, first_at, last_at)
  SELECT customer_id, count(*), sum(total), min(ordered_at), max(ordered_at) FROM orders
   WHERE customer_id IN (old.customer_id, new.customer_id) AND deleted_at IS NULL AND status IN ('paid', 'shipped', 'completed')
   GROUP BY customer_id;
END;

CREATE TRIGGER customer_sales_order_delete AFTER DELETE ON orders
WHEN old.customer_id IS NOT NULL
BEGIN
  DELETE FROM customer_sales WHERE customer_id = old.customer_id;
  INSERT INTO customer_sales (customer_id, orders, spend, first_at, last_at)
  SELECT customer_id, count(*), sum(total), min(ordered_at), max(ordered_at) FROM orders
   WHERE customer_id = old.customer_id AND deleted_at IS NULL AND status IN ('paid', 'shipped', 'completed')
   GROUP BY customer_id;
END;
