-- Today's "open deals with nothing planned" reads every open deal and asks, for each, whether an
-- open task is on it (tasks_deal_open) or with its customer. Without these it walked every live
-- deal, won and lost ones too, reading each row for its status, and read every task of the
-- customer for deleted_at. Both are covering partial indexes; the always-NULL / always-'open'
-- key columns let the planner match the queries' equality terms, as in tasks_deal_open.
CREATE INDEX deals_open ON deals (status, deleted_at, customer_id, expected_close, value)
WHERE status = 'open' AND deleted_at IS NULL;
CREATE INDEX tasks_customer_open ON tasks (customer_id, done_at, deleted_at)
WHERE done_at IS NULL AND deleted_at IS NULL;
