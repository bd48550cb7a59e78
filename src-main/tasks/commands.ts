import type Database from 'better-sqlite3'
import type { TaskInput, TaskPatch } from '../../src-shared/domain/task'
import { AppError } from '../../src-shared/ipc/app-error'
import { toUtc } from '../activities/write'
import { writeAudit } from '../audit/audit-log'
import { prepared } from '../db/sql'
import { writeTransaction } from '../db/transaction'
import { dueValues } from './due'
import { linkColumns } from './links'
import { taskRow } from './queries'
import { insertTask, updateTask, type TaskValues } from './write'

/**
 * Every change a person makes to a task, each one transaction with its audit row (a savepoint
 * inside a caller's transaction, as when a logged call plans its follow-up). Callers emit
 * `data.changed` and tell the reminder clock.
 */

export function createTask(db: Database.Database, input: TaskInput): number {
  return writeTransaction(db, () => {
    const id = insertTask(db, {
      title: input.title,
      notes: input.notes ?? '',
      ...dueValues(input.due),
      remindAt: input.remindAt == null ? null : toUtc(input.remindAt),
      ...linkColumns(db, input.link),
    })
    writeAudit(db, { entity: 'task', entityId: id, action: 'create', after: taskRow(db, id) })
    return id
  })
}

/** Applies an edit made on the version stamped `expectedUpdatedAt`; a task changed since is refused. */
export function editTask(db: Database.Database, id: number, expectedUpdatedAt: string, patch: TaskPatch): void {
  const values: Partial<TaskValues> = { title: patch.title, notes: patch.notes }
  if (patch.due !== undefined) Object.assign(values, dueValues(patch.due))
  if (patch.remindAt !== undefined) values.remindAt = patch.remindAt === null ? null : toUtc(patch.remindAt)
  change(db, id, 'update', values, expectedUpdatedAt)
}

/** Done now, or open again (the undo of done). Returns false when it already was. */
export function setTaskDone(db: Database.Database, id: number, done: boolean): boolean {
  return writeTransaction(db, () => {
    const wasDone = taskRow(db, id).done_at !== null
    if (wasDone === done) return false
    change(db, id, 'update', { doneAt: done ? new Date().toISOString() : null })
    return true
  })
}

/** A new reminder time (a snooze). */
export function remindTaskAt(db: Database.Database, id: number, remindAt: string): void {
  change(db, id, 'update', { remindAt })
}

/** To the trash: kept with its delivery records, out of every list; `restoreTask` undoes it. */
export function deleteTask(db: Database.Database, id: number): void {
  change(db, id, 'delete', { deletedAt: new Date().toISOString() })
}

export function restoreTask(db: Database.Database, id: number): void {
  writeTransaction(db, () => {
    const before = prepared(db, 'SELECT * FROM tasks WHERE id = ? AND deleted_at IS NOT NULL').get(id)
    if (!before) throw new AppError('task_not_found', { id })
    updateTask(db, id, { deletedAt: null })
    writeAudit(db, { entity: 'task', entityId: id, action: 'restore', before, after: taskRow(db, id) })
  })
}

function change(
  db: Database.Database,
  id: number,
  action: 'update' | 'delete',
  values: Partial<TaskValues>,
  expectedUpdatedAt?: string,
): void {
  writeTransaction(db, () => {
    const before = taskRow(db, id)
    if (expectedUpdatedAt !== undefined && before.updated_at !== expectedUpdatedAt) throw new AppError('stale_edit')
    updateTask(db, id, values)
    const after = prepared(db, 'SELECT * FROM tasks WHERE id = ?').get(id)
    writeAudit(db, { entity: 'task', entityId: id, action, before, after })
  })
}
