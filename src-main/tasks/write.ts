import type Database from 'better-sqlite3'
import { prepared, tableWriter } from '../db/sql'

/**
 * Task rows, used by the task handlers, the "log a call" follow-up and the seed. Exactly one of
 * `dueAt` (a UTC instant) and `dueDate` (a local day) is set by callers that know the due; the
 * schema refuses both. Callers own the transaction, the audit row and the change event.
 */

export interface TaskValues {
  title: string
  notes?: string
  dueAt?: string | null
  dueDate?: string | null
  remindAt?: string | null
  doneAt?: string | null
  customerId?: number | null
  dealId?: number | null
  orderId?: number | null
  ticketId?: number | null
  deletedAt?: string | null
  /** Only on update: the edit stamp (see `nextStamp`). */
  updatedAt?: string
}

const writer = tableWriter<TaskValues>('tasks', (t) => ({
  title: t.title,
  notes: t.notes,
  due_at: t.dueAt,
  due_date: t.dueDate,
  remind_at: t.remindAt,
  done_at: t.doneAt,
  customer_id: t.customerId,
  deal_id: t.dealId,
  order_id: t.orderId,
  ticket_id: t.ticketId,
  deleted_at: t.deletedAt,
  updated_at: t.updatedAt,
}))

export const insertTask = writer.insert

/**
 * Applies the given fields and stamps `updated_at` strictly later than before, so two edits in
 * the same millisecond still differ and a stale edit can always be told apart.
 */
export function updateTask(db: Database.Database, id: number, patch: Partial<TaskValues>): boolean {
  const previous = prepared(db, 'SELECT updated_at FROM tasks WHERE id = ?').pluck().get(id) as string | undefined
  if (previous === undefined) return false
  return writer.update(db, id, { ...patch, updatedAt: nextStamp(previous) })
}

/** Now, or one millisecond after `previous` if the clock has not moved past it. */
export function nextStamp(previous: string, now: number = Date.now()): string {
  return new Date(Math.max(now, Date.parse(previous) + 1)).toISOString()
}

/**
 * Records that a reminder (a task at one `remind_at`) was shown. Returns false when it already
 * was: the UNIQUE (task_id, remind_at) key is what makes "never twice" hold.
 */
export function recordDelivery(
  db: Database.Database,
  delivery: { taskId: number; remindAt: string; deliveredAt: string; digest: boolean },
): boolean {
  return (
    prepared(
      db,
      `INSERT INTO task_reminder_deliveries (task_id, remind_at, delivered_at, digest) VALUES (?, ?, ?, ?)
       ON CONFLICT (task_id, remind_at) DO NOTHING`,
    ).run(delivery.taskId, delivery.remindAt, delivery.deliveredAt, delivery.digest ? 1 : 0).changes > 0
  )
}
