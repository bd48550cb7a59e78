import { create } from 'zustand'
import type { TaskLink } from '../../../../../src-shared/domain/task'
import type { NextFollowUp, Task, TaskReminder } from '../../../../../src-shared/domain/task-types'

/** What the task editor is open on: a new task (maybe on a record), or one to edit. */
export type EditorTarget = { mode: 'new'; link: TaskLink | null; linkName: string | null } | { mode: 'edit'; task: Task }

/** A reminder on screen (the in-app notification), keyed so two of the same task can show apart. */
export interface ShownReminder {
  key: number
  reminder: TaskReminder
}

interface TaskUiState {
  editor: EditorTarget | null
  /** "Next follow-up?" after a task was marked done. */
  followUp: { task: Task; next: NextFollowUp } | null
  reminders: ShownReminder[]
  openEditor(target: EditorTarget): void
  closeEditor(): void
  askFollowUp(task: Task, next: NextFollowUp): void
  closeFollowUp(): void
  showReminder(reminder: TaskReminder): void
  dismissReminder(key: number): void
}

let nextKey = 1

/**
 * The task dialogs and reminders the window shows over any page (opened from Today, a record
 * panel, the palette, a reminder). UI state only: toasts and calls stay in components.
 */
export const useTaskUi = create<TaskUiState>()((set) => ({
  editor: null,
  followUp: null,
  reminders: [],
  openEditor: (editor) => set({ editor }),
  closeEditor: () => set({ editor: null }),
  askFollowUp: (task, next) => set({ followUp: { task, next } }),
  closeFollowUp: () => set({ followUp: null }),
  showReminder: (reminder) => set((s) => ({ reminders: [...s.reminders, { key: nextKey++, reminder }] })),
  dismissReminder: (key) => set((s) => ({ reminders: s.reminders.filter((r) => r.key !== key) })),
}))

/** The record a task is on, to put its follow-up on the same one. */
export function linkOf(task: Task): TaskLink | null {
  if (task.record) return { kind: task.record.kind, id: task.record.id }
  return task.customer ? { kind: 'customer', id: task.customer.id } : null
}
