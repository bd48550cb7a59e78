-- Which products each customer bought in counted orders (insights/sql/counted-orders.ts), and
-- when last. "Bought a product / a category" (ever, never, within N days) reads it instead of
-- walking the category's order lines to their orders: ~90,000 random order lookups per count on
-- the 1M-line shop. Derived, like customer_sales (0017): kept by the triggers below whoever
-- writes orders or their lines, never written by application code, no REFERENCES (an import undo
-- keeps any customer a foreign key points at). No row: the customer never bought the product in
-- a counted order.
CREATE TABLE customer_products (
  product_id  INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  last_at     TEXT NOT NULL,
  PRIMARY KEY (product_id, customer_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX customer_products_customer ON customer_products (customer_id);

INSERT INTO customer_products (product_id, customer_id, last_at)
SELECT l.product_id, o.customer_id, max(o.ordered_at) FROM orders o JOIN order_lines l ON l.order_id = o.id
 WHERE o.customer_id IS NOT NULL AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed')
   AND l.product_id IS NOT NULL
 GROUP BY l.product_id, o.customer_id;

-- A new line of a counted order adds to the pairs (cheap for bulk imports, which write the order
-- before its lines); anything else recomputes the customers concerned from their orders' lines.
CREATE TRIGGER customer_products_line_insert AFTER INSERT ON order_lines
WHEN new.product_id IS NOT NULL
BEGIN
  INSERT INTO customer_products (product_id, customer_id, last_at)
  SELECT new.product_id, o.customer_id, o.ordered_at FROM orders o
   WHERE o.id = new.order_id AND o.customer_id IS NOT NULL AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed')
  ON CONFLICT (product_id, customer_id) DO UPDATE SET last_at = max(last_at, excluded.last_at);
END;

CREATE TRIGGER customer_products_line_update AFTER UPDATE OF order_id, product_id ON order_lines
WHEN old.order_id <> new.order_id OR old.product_id IS NOT new.product_id
BEGIN
  DELETE FROM customer_products WHERE customer_id IN (SELECT customer_id FROM orders WHERE id IN (old.order_id, new.order_id));
  INSERT INTO customer_products (product_id, customer_id, last_at)
  SELECT l.product_id, o.customer_id, max(o.ordered_at) FROM orders o JOIN order_lines l ON l.order_id = o.id
   WHERE o.customer_id IN (SELECT customer_id FROM orders WHERE id IN (old.order_id, new.order_id))
     AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed') AND l.product_id IS NOT NULL
   GROUP BY l.product_id, o.customer_id;
END;

CREATE TRIGGER customer_products_line_delete AFTER DELETE ON order_lines
WHEN old.product_id IS NOT NULL
BEGIN
  DELETE FROM customer_products WHERE customer_id = (SELECT customer_id FROM orders WHERE id = old.order_id);
  INSERT INTO customer_products (product_id, customer_id, last_at)
  SELECT l.product_id, o.customer_id, max(o.ordered_at) FROM orders o JOIN order_lines l ON l.order_id = o.id
   WHERE o.customer_id = (SELECT customer_id FROM orders WHERE id = old.order_id)
     AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed') AND l.product_id IS NOT NULL
   GROUP BY l.product_id, o.customer_id;
END;

-- An order written after its lines (a restore) brings them in; usually it has none yet.
CREATE TRIGGER customer_products_order_insert AFTER INSERT ON orders
WHEN new.customer_id IS NOT NULL AND new.deleted_at IS NULL AND new.status IN ('paid', 'shipped', 'completed')
BEGIN
  INSERT INTO customer_products (product_id, customer_id, last_at)
  SELECT l.product_id, new.customer_id, new.ordered_at FROM order_lines l
   WHERE l.order_id = new.id AND l.product_id IS NOT NULL
  ON CONFLICT (product_id, customer_id) DO UPDATE SET last_at = max(last_at, excluded.last_at);
END;

CREATE TRIGGER customer_products_order_update
AFTER UPDATE OF customer_id, status, ordered_at, deleted_at ON orders
WHEN old.customer_id IS NOT new.customer_id OR old.status <> new.status OR old.ordered_at <> new.ordered_at
  OR old.deleted_at IS NOT new.deleted_at
BEGIN
  DELETE FROM customer_products WHERE customer_id IN (old.customer_id, new.customer_id);
  INSERT INTO customer_products (product_id, customer_id, last_at)
  SELECT l.product_id, o.customer_id, max(o.ordered_at) FROM orders o JOIN order_lines l ON l.order_id = o.id
   WHERE o.customer_id IN (old.customer_id, new.customer_id)
     AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed') AND l.product_id IS NOT NULL
   GROUP BY l.product_id, o.customer_id;
END;

CREATE TRIGGER customer_products_order_delete AFTER DELETE ON orders
WHEN old.customer_id IS NOT NULL
BEGIN
  DELETE FROM customer_products WHERE customer_id = old.customer_id;
  INSERT INTO customer_products (product_id, customer_id, last_at)
  SELECT l.product_id, o.customer_id, max(o.ordered_at) FROM orders o JOIN order_lines l ON l.order_id = o.id
   WHERE o.customer_id = old.customer_id
     AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed') AND l.product_id IS NOT NULL
   GROUP BY l.product_id, o.customer_id;
END;
