import type { TaskDue } from '../../src-shared/domain/task-due'
import { toUtc } from '../activities/write'

/** How a due is stored: a local day in `due_date`, an instant (UTC text) in `due_at`. */
export function dueValues(due: TaskDue): { dueAt: string | null; dueDate: string | null } {
  return due.kind === 'day' ? { dueAt: null, dueDate: due.date } : { dueAt: toUtc(due.at), dueDate: null }
}

/** The stored columns back as a due; a legacy row with neither is due at its creation. */
export function dueOf(row: { due_at: string | null; due_date: string | null; created_at: string }): TaskDue {
  if (row.due_date !== null) return { kind: 'day', date: row.due_date }
  return { kind: 'time', at: row.due_at ?? row.created_at }
}
