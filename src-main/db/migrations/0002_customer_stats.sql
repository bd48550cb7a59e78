-- Per-customer purchase figures kept on the customer row, so the customer table can sort by
-- lifetime value, order count or last purchase at 100,000 customers through an index (an
-- aggregate over orders per page sort would read every order). Maintained by triggers on
-- orders, whoever writes them (sales screens, CSV import, seed). Counted orders: not deleted,
-- not cancelled or refunded. These columns are derived: never written by application code.
ALTER TABLE customers ADD COLUMN lifetime_value INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN order_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE customers ADD COLUMN last_purchase_at TEXT;

UPDATE customers SET
  lifetime_value = coalesce((SELECT sum(o.total) FROM orders o WHERE o.customer_id = customers.id
    AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded')), 0),
  order_count = (SELECT count(*) FROM orders o WHERE o.customer_id = customers.id
    AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded')),
  last_purchase_at = (SELECT max(o.ordered_at) FROM orders o WHERE o.customer_id = customers.id
    AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded'));

-- A new counted order adds to the figures (cheap for bulk imports); anything else recomputes
-- the customer from their orders (orders_customer index), for the old and the new customer.
CREATE TRIGGER customer_stats_order_insert AFTER INSERT ON orders
WHEN new.customer_id IS NOT NULL AND new.deleted_at IS NULL AND new.status NOT IN ('cancelled', 'refunded')
BEGIN
  UPDATE customers SET
    lifetime_value = lifetime_value + new.total,
    order_count = order_count + 1,
    last_purchase_at = max(coalesce(last_purchase_at, ''), new.ordered_at)
  WHERE id = new.customer_id;
END;

CREATE TRIGGER customer_stats_order_update
AFTER UPDATE OF customer_id, total, status, ordered_at, deleted_at ON orders
BEGIN
  UPDATE customers SET
    lifetime_value = coalesce((SELECT sum(o.total) FROM orders o WHERE o.customer_id = customers.id
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
    lifetime_value = coalesce((SELECT sum(o.total) FROM orders o WHERE o.customer_id = customers.id
      AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded')), 0),
    order_count = (SELECT count(*) FROM orders o WHERE o.customer_id = customers.id
      AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded')),
    last_purchase_at = (SELECT max(o.ordered_at) FROM orders o WHERE o.customer_id = customers.id
      AND o.deleted_at IS NULL AND o.status NOT IN ('cancelled', 'refunded'))
  WHERE id = old.customer_id;
END;

-- Sort indexes for the remaining table columns (name/created/updated/city/source are in 0001).
CREATE INDEX customers_live_value ON customers (deleted_at, lifetime_value, id);
CREATE INDEX customers_live_order_count ON customers (deleted_at, order_count, id);
CREATE INDEX customers_live_last_purchase ON customers (deleted_at, last_purchase_at, id);
CREATE INDEX customers_live_phone ON customers (deleted_at, phone_norm, id);
-- Prefix search on full pinyin (`zhangs` → 张三) for queries too short for the trigram index.
CREATE INDEX customers_pinyin ON customers (name_pinyin);
