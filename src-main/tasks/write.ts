import { tableWriter } from '../db/sql'

/**
 * Task writes, used by the seed today; the tasks module (list, reminders) builds on them.
 * Callers own the transaction, the audit row and the change event.
 */

export interface TaskValues {
  title: string
  notes?: string
  dueAt?: string | null
  remindAt?: string | null
  doneAt?: string | null
  customerId?: number | null
  dealId?: number | null
}

export const insertTask = tableWriter<TaskValues>('tasks', (t) => ({
  title: t.title,
  notes: t.notes,
  due_at: t.dueAt,
  remind_at: t.remindAt,
  done_at: t.doneAt,
  customer_id: t.customerId,
  deal_id: t.dealId,
})).insert
