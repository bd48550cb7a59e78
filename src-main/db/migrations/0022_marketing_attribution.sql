-- What campaign attribution (src-main/marketing/campaigns/attribution.ts) reads, kept ready: the
-- campaign list attributed every contacted member's orders and walked every attributed order's
-- lines on each first view after a write (~0.9 s on the 1M-line shop). Both tables are derived,
-- like customer_sales (0017): kept by the triggers below whoever writes, never written by
-- application code, no REFERENCES (an import undo keeps any row a foreign key points at).

-- Each order without a campaign of its own that a contacted member placed from the contact until
-- (attribution days + 2) days after it: a superset of the attribution window (which ends at a
-- LOCAL midnight, days + 1 local days after the contact's local day — the laptop's zone is not the
-- database's to know), whatever the order's status or the customer's Trash. Attribution applies
-- the exact rule to these rows. (An order carrying a campaign is that campaign's: no contact
-- competes for it.)
CREATE TABLE campaign_member_orders (
  campaign_id  INTEGER NOT NULL,
  customer_id  INTEGER NOT NULL,
  order_id     INTEGER NOT NULL,
  contacted_at TEXT NOT NULL,
  PRIMARY KEY (campaign_id, customer_id, order_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX campaign_member_orders_contact ON campaign_member_orders (campaign_id, contacted_at);
CREATE INDEX campaign_member_orders_order ON campaign_member_orders (order_id);

INSERT INTO campaign_member_orders (campaign_id, customer_id, order_id, contacted_at)
SELECT m.campaign_id, m.customer_id, o.id, m.contacted_at
  FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id
  JOIN orders o ON o.customer_id = m.customer_id AND o.ordered_at >= m.contacted_at
   AND o.ordered_at < strftime('%Y-%m-%dT%H:%M:%fZ', m.contacted_at, '+' || (c.attribution_days + 2) || ' days')
 WHERE m.contacted_at IS NOT NULL AND o.campaign_id IS NULL;

CREATE TRIGGER campaign_member_orders_order_insert AFTER INSERT ON orders
WHEN new.customer_id IS NOT NULL AND new.campaign_id IS NULL
BEGIN
  INSERT INTO campaign_member_orders (campaign_id, customer_id, order_id, contacted_at)
  SELECT m.campaign_id, m.customer_id, new.id, m.contacted_at
    FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id
   WHERE m.customer_id = new.customer_id AND m.contacted_at IS NOT NULL AND new.ordered_at >= m.contacted_at
     AND new.ordered_at < strftime('%Y-%m-%dT%H:%M:%fZ', m.contacted_at, '+' || (c.attribution_days + 2) || ' days');
END;

CREATE TRIGGER campaign_member_orders_order_update AFTER UPDATE OF customer_id, ordered_at, campaign_id ON orders
WHEN old.customer_id IS NOT new.customer_id OR old.ordered_at <> new.ordered_at OR old.campaign_id IS NOT new.campaign_id
BEGIN
  DELETE FROM campaign_member_orders WHERE order_id = old.id;
  INSERT INTO campaign_member_orders (campaign_id, customer_id, order_id, contacted_at)
  SELECT m.campaign_id, m.customer_id, new.id, m.contacted_at
    FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id
   WHERE new.campaign_id IS NULL AND m.customer_id = new.customer_id AND m.contacted_at IS NOT NULL AND new.ordered_at >= m.contacted_at
     AND new.ordered_at < strftime('%Y-%m-%dT%H:%M:%fZ', m.contacted_at, '+' || (c.attribution_days + 2) || ' days');
END;

CREATE TRIGGER campaign_member_orders_order_delete AFTER DELETE ON orders
BEGIN
  DELETE FROM campaign_member_orders WHERE order_id = old.id;
END;

CREATE TRIGGER campaign_member_orders_member_insert AFTER INSERT ON campaign_members WHEN new.contacted_at IS NOT NULL
BEGIN
  INSERT INTO campaign_member_orders (campaign_id, customer_id, order_id, contacted_at)
  SELECT new.campaign_id, new.customer_id, o.id, new.contacted_at
    FROM campaigns c JOIN orders o ON o.customer_id = new.customer_id AND o.ordered_at >= new.contacted_at
     AND o.ordered_at < strftime('%Y-%m-%dT%H:%M:%fZ', new.contacted_at, '+' || (c.attribution_days + 2) || ' days')
   WHERE c.id = new.campaign_id AND o.campaign_id IS NULL;
END;

CREATE TRIGGER campaign_member_orders_member_update AFTER UPDATE OF campaign_id, customer_id, contacted_at ON campaign_members
WHEN old.campaign_id <> new.campaign_id OR old.customer_id <> new.customer_id OR old.contacted_at IS NOT new.contacted_at
BEGIN
  DELETE FROM campaign_member_orders WHERE campaign_id = old.campaign_id AND customer_id = old.customer_id;
  INSERT INTO campaign_member_orders (campaign_id, customer_id, order_id, contacted_at)
  SELECT new.campaign_id, new.customer_id, o.id, new.contacted_at
    FROM campaigns c JOIN orders o ON o.customer_id = new.customer_id AND o.ordered_at >= new.contacted_at
     AND o.ordered_at < strftime('%Y-%m-%dT%H:%M:%fZ', new.contacted_at, '+' || (c.attribution_days + 2) || ' days')
   WHERE c.id = new.campaign_id AND o.campaign_id IS NULL AND new.contacted_at IS NOT NULL;
END;

-- Also what a campaign or customer deleted outright takes with it (their members cascade).
CREATE TRIGGER campaign_member_orders_member_delete AFTER DELETE ON campaign_members
BEGIN
  DELETE FROM campaign_member_orders WHERE campaign_id = old.campaign_id AND customer_id = old.customer_id;
END;

CREATE TRIGGER campaign_member_orders_campaign_days AFTER UPDATE OF attribution_days ON campaigns
WHEN old.attribution_days <> new.attribution_days
BEGIN
  DELETE FROM campaign_member_orders WHERE campaign_id = new.id;
  INSERT INTO campaign_member_orders (campaign_id, customer_id, order_id, contacted_at)
  SELECT m.campaign_id, m.customer_id, o.id, m.contacted_at
    FROM campaign_members m JOIN orders o ON o.customer_id = m.customer_id AND o.ordered_at >= m.contacted_at
     AND o.ordered_at < strftime('%Y-%m-%dT%H:%M:%fZ', m.contacted_at, '+' || (new.attribution_days + 2) || ' days')
   WHERE m.campaign_id = new.id AND m.contacted_at IS NOT NULL AND o.campaign_id IS NULL;
END;

-- Each order's gross profit as the campaign figures count it: line total − quantity × product
-- cost (rounded to a minor unit) on lines whose product has a cost, less the margin its live
-- refunds took back (amount − quantity × cost); and how many of its lines have no cost. One row
-- per order with lines or refunds. A new line adds to its order (cheap for bulk imports);
-- anything else recomputes the orders concerned.
CREATE TABLE order_margins (
  order_id     INTEGER PRIMARY KEY,
  profit       INTEGER NOT NULL,
  without_cost INTEGER NOT NULL
) STRICT;

-- The same recomputed for the orders named, in every trigger below: each order's lines (with their
-- products' cost) and its live refunds' lines.
INSERT INTO order_margins (order_id, profit, without_cost)
SELECT t.id,
       coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END)
                   FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0)
     - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER))
                   FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id
                   JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL
                  WHERE r.order_id = t.id AND r.undone_at IS NULL), 0),
       (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL)
  FROM (SELECT DISTINCT order_id AS id FROM order_lines UNION SELECT order_id FROM order_refunds) t;

CREATE TRIGGER order_margins_line_insert AFTER INSERT ON order_lines
WHEN NOT EXISTS (SELECT 1 FROM order_refunds WHERE order_id = new.order_id)
BEGIN
  INSERT INTO order_margins (order_id, profit, without_cost)
  SELECT new.order_id, CASE WHEN p.cost IS NULL THEN 0 ELSE new.line_total - CAST(round(new.quantity * p.cost) AS INTEGER) END,
         p.cost IS NULL
    FROM (SELECT 1) LEFT JOIN products p ON p.id = new.product_id
  ON CONFLICT (order_id) DO UPDATE SET profit = profit + excluded.profit, without_cost = without_cost + excluded.without_cost;
END;

-- A line written after its order's refunds (a restore): its refunded margin counts too.
CREATE TRIGGER order_margins_line_insert_refunded AFTER INSERT ON order_lines
WHEN EXISTS (SELECT 1 FROM order_refunds WHERE order_id = new.order_id)
BEGIN
  DELETE FROM order_margins WHERE order_id IN (new.order_id);
  INSERT INTO order_margins (order_id, profit, without_cost)
  SELECT t.id,
         coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END)
                     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0)
       - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER))
                     FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id
                     JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL
                    WHERE r.order_id = t.id AND r.undone_at IS NULL), 0),
         (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL)
    FROM (SELECT DISTINCT value AS id FROM json_each(json_array(new.order_id))) t
   WHERE t.id IS NOT NULL
     AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id));
END;

CREATE TRIGGER order_margins_line_update AFTER UPDATE OF order_id, product_id, quantity, line_total ON order_lines
BEGIN
  DELETE FROM order_margins WHERE order_id IN (old.order_id, new.order_id);
  INSERT INTO order_margins (order_id, profit, without_cost)
  SELECT t.id,
         coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END)
                     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0)
       - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER))
                     FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id
                     JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL
                    WHERE r.order_id = t.id AND r.undone_at IS NULL), 0),
         (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL)
    FROM (SELECT DISTINCT value AS id FROM json_each(json_array(old.order_id, new.order_id))) t
   WHERE t.id IS NOT NULL
     AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id));
END;

CREATE TRIGGER order_margins_line_delete AFTER DELETE ON order_lines
BEGIN
  DELETE FROM order_margins WHERE order_id IN (old.order_id);
  INSERT INTO order_margins (order_id, profit, without_cost)
  SELECT t.id,
         coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END)
                     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0)
       - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER))
                     FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id
                     JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL
                    WHERE r.order_id = t.id AND r.undone_at IS NULL), 0),
         (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL)
    FROM (SELECT DISTINCT value AS id FROM json_each(json_array(old.order_id))) t
   WHERE t.id IS NOT NULL
     AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id));
END;

CREATE TRIGGER order_margins_refund_line_insert AFTER INSERT ON order_refund_lines
BEGIN
  DELETE FROM order_margins WHERE order_id IN ((SELECT order_id FROM order_refunds WHERE id = new.refund_id));
  INSERT INTO order_margins (order_id, profit, without_cost)
  SELECT t.id,
         coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END)
                     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0)
       - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER))
                     FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id
                     JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL
                    WHERE r.order_id = t.id AND r.undone_at IS NULL), 0),
         (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL)
    FROM (SELECT DISTINCT value AS id FROM json_each(json_array((SELECT order_id FROM order_refunds WHERE id = new.refund_id)))) t
   WHERE t.id IS NOT NULL
     AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id));
END;

CREATE TRIGGER order_margins_refund_line_update AFTER UPDATE ON order_refund_lines
BEGIN
  DELETE FROM order_margins WHERE order_id IN ((SELECT order_id FROM order_refunds WHERE id = old.refund_id), (SELECT order_id FROM order_refunds WHERE id = new.refund_id));
  INSERT INTO order_margins (order_id, profit, without_cost)
  SELECT t.id,
         coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END)
                     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0)
       - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER))
                     FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id
                     JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL
                    WHERE r.order_id = t.id AND r.undone_at IS NULL), 0),
         (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL)
    FROM (SELECT DISTINCT value AS id FROM json_each(json_array((SELECT order_id FROM order_refunds WHERE id = old.refund_id), (SELECT order_id FROM order_refunds WHERE id = new.refund_id)))) t
   WHERE t.id IS NOT NULL
     AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id));
END;

CREATE TRIGGER order_margins_refund_line_delete AFTER DELETE ON order_refund_lines
BEGIN
  DELETE FROM order_margins WHERE order_id IN ((SELECT order_id FROM order_refunds WHERE id = old.refund_id));
  INSERT INTO order_margins (order_id, profit, without_cost)
  SELECT t.id,
         coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END)
                     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0)
       - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER))
                     FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id
                     JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL
                    WHERE r.order_id = t.id AND r.undone_at IS NULL), 0),
         (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL)
    FROM (SELECT DISTINCT value AS id FROM json_each(json_array((SELECT order_id FROM order_refunds WHERE id = old.refund_id)))) t
   WHERE t.id IS NOT NULL
     AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id));
END;

CREATE TRIGGER order_margins_refund_update AFTER UPDATE OF order_id, undone_at ON order_refunds
BEGIN
  DELETE FROM order_margins WHERE order_id IN (old.order_id, new.order_id);
  INSERT INTO order_margins (order_id, profit, without_cost)
  SELECT t.id,
         coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END)
                     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0)
       - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER))
                     FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id
                     JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL
                    WHERE r.order_id = t.id AND r.undone_at IS NULL), 0),
         (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL)
    FROM (SELECT DISTINCT value AS id FROM json_each(json_array(old.order_id, new.order_id))) t
   WHERE t.id IS NOT NULL
     AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id));
END;

CREATE TRIGGER order_margins_refund_delete AFTER DELETE ON order_refunds
BEGIN
  DELETE FROM order_margins WHERE order_id IN (old.order_id);
  INSERT INTO order_margins (order_id, profit, without_cost)
  SELECT t.id,
         coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END)
                     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0)
       - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER))
                     FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id
                     JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL
                    WHERE r.order_id = t.id AND r.undone_at IS NULL), 0),
         (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL)
    FROM (SELECT DISTINCT value AS id FROM json_each(json_array(old.order_id))) t
   WHERE t.id IS NOT NULL
     AND (EXISTS (SELECT 1 FROM order_lines WHERE order_id = t.id) OR EXISTS (SELECT 1 FROM order_refunds WHERE order_id = t.id));
END;

-- A new cost changes the margin of every order that sold the product.
CREATE TRIGGER order_margins_product_cost AFTER UPDATE OF cost ON products WHEN old.cost IS NOT new.cost
BEGIN
  DELETE FROM order_margins WHERE order_id IN (SELECT order_id FROM order_lines WHERE product_id = new.id);
  INSERT INTO order_margins (order_id, profit, without_cost)
  SELECT t.id,
         coalesce((SELECT sum(CASE WHEN p.cost IS NULL THEN 0 ELSE l.line_total - CAST(round(l.quantity * p.cost) AS INTEGER) END)
                     FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id), 0)
       - coalesce((SELECT sum(rl.amount - CAST(round(rl.quantity * p.cost) AS INTEGER))
                     FROM order_refunds r JOIN order_refund_lines rl ON rl.refund_id = r.id
                     JOIN order_lines l ON l.id = rl.order_line_id JOIN products p ON p.id = l.product_id AND p.cost IS NOT NULL
                    WHERE r.order_id = t.id AND r.undone_at IS NULL), 0),
         (SELECT count(*) FROM order_lines l LEFT JOIN products p ON p.id = l.product_id WHERE l.order_id = t.id AND p.cost IS NULL)
    FROM (SELECT DISTINCT order_id AS id FROM order_lines WHERE product_id = new.id) t;
END;

-- The orders carrying a campaign, read whole from the index: they are most attributed orders.
CREATE INDEX orders_campaign_counted ON orders (campaign_id, status, deleted_at, ordered_at, customer_id, total, refunded)
WHERE campaign_id IS NOT NULL;
