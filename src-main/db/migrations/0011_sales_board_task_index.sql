-- The board's "next follow-up" of a deal reads its earliest open task. The tasks migration
-- rebuilt the tasks table and with it dropped the index the pipeline migration had made for this.
CREATE INDEX tasks_deal_open ON tasks (deal_id, due_at) WHERE done_at IS NULL AND deleted_at IS NULL;
