import type Database from 'better-sqlite3'
import { prepared } from '../../db/sql'
import { writeTransaction } from '../../db/transaction'
import { LIVE_TASK, TASK_FROM, TASK_JOINS, toTask, type TaskRecord } from '../queries'
import { recordDelivery } from '../write'
import type { Task } from '../../../src-shared/domain/task-types'

/**
 * A reminder that may still fire: an open, live task whose `remind_at` has no delivery record.
 * (The first three conditions are the partial index `tasks_pending_reminder`.)
 */
const PENDING = `t.remind_at IS NOT NULL AND t.done_at IS NULL AND ${LIVE_TASK}
  AND NOT EXISTS (SELECT 1 FROM task_reminder_deliveries r WHERE r.task_id = t.id AND r.remind_at = t.remind_at)`

/**
 * Takes the reminders due at `now`: finds them and records each as delivered in ONE write
 * transaction (BEGIN IMMEDIATE), so two backends on the same file, a restart or a crash right
 * after can never show one twice. The caller shows them after the commit: a reminder is shown
 * at most once — should showing fail, it is lost rather than repeated.
 */
export function takeDueReminders(db: Database.Database, now: number, digest: boolean): Task[] {
  const at = new Date(now).toISOString()
  return writeTransaction(db, () => {
    const rows = prepared(db, `${TASK_FROM} WHERE ${PENDING} AND t.remind_at <= ? ORDER BY t.remind_at, t.id`).all(
      at,
    ) as TaskRecord[]
    for (const row of rows) recordDelivery(db, { taskId: row.id, remindAt: row.remind_at!, deliveredAt: at, digest })
    return rows.map(toTask)
  })
}

/** When the next pending reminder is due (ms), if any. */
export function nextReminderAt(db: Database.Database, now: number): number | null {
  const next = prepared(db, `SELECT min(t.remind_at) FROM ${TASK_JOINS} WHERE ${PENDING} AND t.remind_at > ?`)
    .pluck()
    .get(new Date(now).toISOString()) as string | null
  return next === null ? null : Date.parse(next)
}
