import type { TaskDue } from './task-due'

export const TASK_LINK_KINDS = ['customer', 'deal', 'order', 'ticket'] as const
export type TaskLinkKind = (typeof TASK_LINK_KINDS)[number]

/** Snoozing a reminder: 10 minutes, an hour, or tomorrow at 9:00 local time. */
export const SNOOZE_PRESETS = ['10m', '1h', 'tomorrow'] as const
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number]

/** One task as the UI shows it: the record it is on and its customer, by name. */
export interface Task {
  id: number
  title: string
  notes: string
  due: TaskDue
  remindAt: string | null
  doneAt: string | null
  customer: { id: number; name: string } | null
  /** The deal, order or ticket it is on (a task on a customer alone has none). */
  record: { kind: Exclude<TaskLinkKind, 'customer'>; id: number; label: string } | null
  createdAt: string
  /** Sent back with an edit: a task changed since is refused (`stale_edit`). */
  updatedAt: string
}

/** What `tasks.setDone` suggests as the next follow-up: a week later, same local time. */
export interface NextFollowUp {
  title: string
  due: TaskDue
  remindAt: string | null
}

/** A block of the Today view: the first rows and how many there are. */
export interface TaskBlock<T> {
  rows: T[]
  total: number
}

/** An open deal with nothing planned: no open task on the deal or with its customer. */
export interface UnplannedDeal {
  id: number
  title: string
  value: number
  stageName: string
  expectedClose: string | null
  customer: { id: number; name: string } | null
}

/** The Today view, computed in the main process's clock and time zone. */
export interface TodayTasks {
  /** The local date it was computed for, `YYYY-MM-DD`. */
  today: string
  overdue: TaskBlock<Task>
  dueToday: TaskBlock<Task>
  /** Due in the next `upcomingDays` local days after today. */
  upcoming: TaskBlock<Task>
  unplanned: TaskBlock<UnplannedDeal>
}

/**
 * A reminder as shown: in Electron an OS notification, in the browser harness an in-app one.
 * The text is built once in the main process, in the UI language (so a locked app can hide names).
 */
export interface TaskReminder {
  /** `reminder`: one task came due now. `digest`: what came due while Kehu was closed or asleep. */
  kind: 'reminder' | 'digest'
  title: string
  body: string
  /** The tasks it is about (a `reminder` has exactly one). */
  taskIds: number[]
}
