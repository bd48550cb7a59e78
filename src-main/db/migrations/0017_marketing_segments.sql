-- Saved segments (issue 14). A segment is a definition re-evaluated every time; a snapshot is
-- a segment frozen at an instant: its members are stored in segment_members and it keeps the
-- definition and the segment it was frozen from, for the record.
ALTER TABLE segments ADD COLUMN frozen_at TEXT;
ALTER TABLE segments ADD COLUMN frozen_from_id INTEGER REFERENCES segments (id);
CREATE INDEX segments_live ON segments (deleted_at, name);

-- Each customer's counted orders (number, spend, first and last purchase) read from the index
-- alone: every segment count groups them, at 100,000 customers and 1,000,000 order lines.
CREATE INDEX orders_counted_by_customer ON orders (customer_id, status, deleted_at, ordered_at, total);
