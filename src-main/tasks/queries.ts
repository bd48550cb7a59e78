import type Database from 'better-sqlite3'
import type { TaskLink } from '../../src-shared/domain/task'
import type { Task } from '../../src-shared/domain/task-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { prepared } from '../db/sql'
import { dueOf } from './due'

/** A task row with the names of what it is on. */
export interface TaskRecord {
  id: number
  title: string
  notes: string
  due_at: string | null
  due_date: string | null
  remind_at: string | null
  done_at: string | null
  created_at: string
  updated_at: string
  customer_id: number | null
  customer_name: string | null
  deal_id: number | null
  deal_title: string | null
  order_id: number | null
  order_number: string | null
  ticket_id: number | null
  ticket_label: string | null
}

/** The columns of a `TaskRecord`. */
export const TASK_COLUMNS = `t.id, t.title, t.notes, t.due_at, t.due_date, t.remind_at, t.done_at, t.created_at, t.updated_at,
    t.customer_id, c.name AS customer_name, t.deal_id, d.title AS deal_title, t.order_id, o.number AS order_number,
    t.ticket_id, k.number || ' ' || k.subject AS ticket_label`

/** `tasks t` with the records it names (`c`, `d`, `o`, `k`). */
export const TASK_JOINS = `tasks t
  LEFT JOIN customers c ON c.id = t.customer_id
  LEFT JOIN deals d ON d.id = t.deal_id
  LEFT JOIN orders o ON o.id = t.order_id
  LEFT JOIN tickets k ON k.id = t.ticket_id`

/** Every task query selects this. */
export const TASK_FROM = `SELECT ${TASK_COLUMNS} FROM ${TASK_JOINS}`

/**
 * A task that counts: not deleted, and not on a record in the Trash (a trashed customer's tasks
 * rest with it — no reminder, not on Today — and come back with it).
 */
export const LIVE_TASK = `t.deleted_at IS NULL AND (c.id IS NULL OR c.deleted_at IS NULL) AND (d.id IS NULL OR d.deleted_at IS NULL)
  AND (o.id IS NULL OR o.deleted_at IS NULL) AND (k.id IS NULL OR k.deleted_at IS NULL)`

export function toTask(r: TaskRecord): Task {
  return {
    id: r.id,
    title: r.title,
    notes: r.notes,
    due: dueOf(r),
    remindAt: r.remind_at,
    doneAt: r.done_at,
    customer: r.customer_id === null ? null : { id: r.customer_id, name: r.customer_name ?? '' },
    record: recordOf(r),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}

function recordOf(r: TaskRecord): Task['record'] {
  if (r.deal_id !== null) return { kind: 'deal', id: r.deal_id, label: r.deal_title ?? '' }
  if (r.order_id !== null) return { kind: 'order', id: r.order_id, label: r.order_number ?? '' }
  if (r.ticket_id !== null) return { kind: 'ticket', id: r.ticket_id, label: r.ticket_label ?? '' }
  return null
}

/** A task that is not deleted, as the UI shows it; `task_not_found` otherwise. */
export function loadTask(db: Database.Database, id: number, options: { deleted?: boolean } = {}): Task {
  const deleted = options.deleted ? 'IS NOT NULL' : 'IS NULL'
  const row = prepared(db, `${TASK_FROM} WHERE t.id = ? AND t.deleted_at ${deleted}`).get(id) as TaskRecord | undefined
  if (!row) throw new AppError('task_not_found', { id })
  return toTask(row)
}

/** The stored row (every column), for the audit log and for checks before a write. */
export function taskRow(db: Database.Database, id: number): Record<string, unknown> & { updated_at: string } {
  const row = prepared(db, 'SELECT * FROM tasks WHERE id = ? AND deleted_at IS NULL').get(id)
  if (!row) throw new AppError('task_not_found', { id })
  return row as Record<string, unknown> & { updated_at: string }
}

/** When a task is due as an instant, an all-day task at the start of its local day (binds `@dayStart`). */
export const DUE_KEY = `coalesce(strftime('%Y-%m-%dT%H:%M:%fZ', t.due_date, @dayStart), t.due_at)`

/**
 * Orders tasks by when they are due: an all-day task at (about) the start of its local day, before
 * the timed tasks of that day. Binds `@dayStart` (see `dayStartModifier`).
 */
export const BY_DUE = `${DUE_KEY}, t.due_at IS NOT NULL, t.id`

/**
 * Due today or later — a planned follow-up, not a missed one: an all-day task by its local date,
 * a timed one by its instant. Binds `@today` (local `YYYY-MM-DD`) and `@todayStart` (its first
 * instant, UTC text).
 */
export const DUE_FROM_TODAY = `(t.due_date >= @today OR t.due_at >= @todayStart)`

const RECORD_COLUMN: Record<TaskLink['kind'], string> = {
  customer: 't.customer_id',
  deal: 't.deal_id',
  order: 't.order_id',
  ticket: 't.ticket_id',
}

/** A record's tasks for its page: open ones soonest due first, then the most recently done. */
export function tasksOf(db: Database.Database, link: TaskLink, doneLimit: number, dayStart: string) {
  const where = `${RECORD_COLUMN[link.kind]} = @id AND t.deleted_at IS NULL`
  const open = prepared(db, `${TASK_FROM} WHERE ${where} AND t.done_at IS NULL ORDER BY ${BY_DUE}`).all({
    id: link.id,
    dayStart,
  }) as TaskRecord[]
  const done = prepared(
    db,
    `${TASK_FROM} WHERE ${where} AND t.done_at IS NOT NULL ORDER BY t.done_at DESC, t.id DESC LIMIT @limit`,
  ).all({ id: link.id, limit: doneLimit }) as TaskRecord[]
  const doneTotal = prepared(db, `SELECT count(*) FROM tasks t WHERE ${where} AND t.done_at IS NOT NULL`)
    .pluck()
    .get({ id: link.id }) as number
  return { open: open.map(toTask), done: done.map(toTask), doneTotal }
}
