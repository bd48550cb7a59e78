-- The orders page's figures over a long range (the whole history by default) summed ~39,000
-- rows of order_day_totals on the big shop. Per month and per value of each filter of the page,
-- the same sums let a range's whole months be read at once; only the days at its edges come
-- from order_day_totals (src-main/orders/totals-query.ts). Kept from the day rows by triggers,
-- whoever changes them (the day rows' keys never change: their triggers only add to the sums).
-- Derived: never written by application code.
CREATE TABLE order_month_totals (
  month          TEXT NOT NULL,
  status         TEXT NOT NULL,
  channel        TEXT NOT NULL,
  payment_method TEXT NOT NULL,
  walk_in        INTEGER NOT NULL,
  orders         INTEGER NOT NULL,
  total          INTEGER NOT NULL,
  refunded       INTEGER NOT NULL,
  PRIMARY KEY (month, status, channel, payment_method, walk_in)
) STRICT, WITHOUT ROWID;

INSERT INTO order_month_totals
SELECT substr(day, 1, 7), status, channel, payment_method, walk_in, sum(orders), sum(total), sum(refunded)
FROM order_day_totals GROUP BY substr(day, 1, 7), status, channel, payment_method, walk_in;

CREATE TRIGGER order_month_totals_insert AFTER INSERT ON order_day_totals
BEGIN
  INSERT INTO order_month_totals VALUES (substr(new.day, 1, 7), new.status, new.channel, new.payment_method,
    new.walk_in, new.orders, new.total, new.refunded)
  ON CONFLICT DO UPDATE SET orders = orders + excluded.orders, total = total + excluded.total,
    refunded = refunded + excluded.refunded;
END;

CREATE TRIGGER order_month_totals_update AFTER UPDATE ON order_day_totals
BEGIN
  UPDATE order_month_totals SET orders = orders - old.orders + new.orders, total = total - old.total + new.total,
    refunded = refunded - old.refunded + new.refunded
  WHERE month = substr(new.day, 1, 7) AND status = new.status AND channel = new.channel
    AND payment_method = new.payment_method AND walk_in = new.walk_in;
END;

CREATE TRIGGER order_month_totals_delete AFTER DELETE ON order_day_totals
BEGIN
  UPDATE order_month_totals SET orders = orders - old.orders, total = total - old.total, refunded = refunded - old.refunded
  WHERE month = substr(old.day, 1, 7) AND status = old.status AND channel = old.channel
    AND payment_method = old.payment_method AND walk_in = old.walk_in;
END;
