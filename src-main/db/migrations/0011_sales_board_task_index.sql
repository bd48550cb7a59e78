-- The board's "next follow-up" of a deal reads its soonest due open task, and "stale" asks whether
-- one is due today or later. The tasks migration rebuilt the tasks table and with it dropped the
-- index the pipeline migration had made for this. It holds both due columns (an all-day task has
-- `due_date`, a timed one `due_at`) so both questions are answered from the index alone. done_at
-- and deleted_at are always NULL here; as key columns they let the planner match the queries'
-- `IS NULL` terms, so it prefers this covering index to tasks_deal (deal_id, done_at).
CREATE INDEX tasks_deal_open ON tasks (deal_id, done_at, deleted_at, due_date, due_at)
WHERE done_at IS NULL AND deleted_at IS NULL;
