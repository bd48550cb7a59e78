/**
 * The one schema behind the task form, the IPC channels and the "log a call" follow-up; when a
 * task is due and when it reminds are checked in ./task-due.ts.
 */
import { z } from 'zod'
import { wellFormed } from '../ipc/schemas'
import { taskDue, taskRemindAt } from './task-due'
import { TASK_LINK_KINDS } from './task-types'

export { SNOOZE_PRESETS, TASK_LINK_KINDS, type SnoozePreset, type TaskLinkKind } from './task-types'

/** The record a task is on; its customer is derived from it. No link: a task on its own. */
export const taskLink = z.strictObject({ kind: z.enum(TASK_LINK_KINDS), id: z.int().positive() })
export type TaskLink = z.output<typeof taskLink>

/** A new task as a person types it. */
export const taskInput = z.strictObject({
  title: wellFormed(z.string()).trim().min(1).max(300),
  notes: wellFormed(z.string()).max(10000).optional(),
  due: taskDue,
  remindAt: taskRemindAt.optional(),
  link: taskLink.nullable().optional(),
})
export type TaskInput = z.output<typeof taskInput>
export type TaskInputDraft = z.input<typeof taskInput>

/** The fields an edit may change; the link stays (move a task by making a new one). */
export const taskPatch = taskInput.omit({ link: true }).partial()
export type TaskPatch = z.output<typeof taskPatch>

/** The next follow-up created with a logged call (`activities.add`): on that customer. */
export const followUpInput = taskInput.omit({ link: true, notes: true })
export type FollowUpInput = z.output<typeof followUpInput>
