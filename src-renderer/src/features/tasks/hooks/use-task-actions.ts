import { lightFormat } from 'date-fns/lightFormat'
import { useTranslation } from 'react-i18next'
import type { SnoozePreset, TaskInputDraft, TaskPatch } from '../../../../../src-shared/domain/task'
import type { Task } from '../../../../../src-shared/domain/task-types'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useFormat } from '../../../lib/use-format'
import { remindLabel } from '../lib/due-label'
import { useTaskUi } from '../stores/task-ui'

/**
 * What a person does to tasks, each saying what happened with Undo (no "Are you sure?"):
 * add, save, done (then "next follow-up?"), not done, delete, snooze. Failures become an error
 * toast in the UI language; each action resolves to its result, or undefined.
 */
export function useTaskActions() {
  const { t } = useTranslation()
  const f = useFormat()
  const run = useActionRunner()
  const undoable = (message: string, undo: () => Promise<unknown>): void =>
    void showToast({ tone: 'success', message, action: { label: t('common:undo'), onAction: () => void run(undo) } })

  /** Adds a task; `message` words the toast (default "Task added: …"). */
  const create = async (input: TaskInputDraft, message?: (task: Task) => string): Promise<Task | undefined> => {
    const task = await run(() => call('tasks.create', input))
    if (task) {
      const words = message?.(task) ?? t('tasks:toast.created', { title: task.title })
      undoable(words, () => call('tasks.delete', { id: task.id }))
    }
    return task
  }

  const save = async (task: Task, patch: TaskPatch): Promise<Task | undefined> => {
    const saved = await run(() => call('tasks.update', { id: task.id, expectedUpdatedAt: task.updatedAt, patch }))
    if (!saved) return undefined
    const before = { title: task.title, notes: task.notes, due: task.due, remindAt: task.remindAt }
    undoable(t('tasks:toast.saved', { title: saved.title }), () =>
      call('tasks.update', { id: saved.id, expectedUpdatedAt: saved.updatedAt, patch: before }),
    )
    return saved
  }

  const done = async (task: Pick<Task, 'id'>): Promise<void> => {
    const result = await run(() => call('tasks.setDone', { id: task.id, done: true }))
    if (!result) return
    undoable(t('tasks:toast.done', { title: result.task.title }), () => call('tasks.setDone', { id: task.id, done: false }))
    if (result.next) useTaskUi.getState().askFollowUp(result.task, result.next)
  }

  const reopen = async (task: Task): Promise<void> => {
    const result = await run(() => call('tasks.setDone', { id: task.id, done: false }))
    if (result)
      undoable(t('tasks:toast.reopened', { title: task.title }), () => call('tasks.setDone', { id: task.id, done: true }))
  }

  const remove = async (task: Task): Promise<boolean> => {
    const removed = await run(() => call('tasks.delete', { id: task.id }))
    if (removed) undoable(t('tasks:toast.deleted', { title: task.title }), () => call('tasks.restore', { id: task.id }))
    return removed !== undefined
  }

  const snooze = async (id: number, preset: SnoozePreset): Promise<void> => {
    const task = await run(() => call('tasks.snooze', { id, preset }))
    if (task?.remindAt) {
      const today = lightFormat(new Date(), 'yyyy-MM-dd')
      showToast({ tone: 'success', message: t('tasks:toast.snoozed', { when: remindLabel(task.remindAt, today, t, f) }) })
    }
  }

  return { create, save, done, reopen, remove, snooze }
}
