import { lightFormat } from 'date-fns/lightFormat'
import type { TFunction } from 'i18next'
import type { Task } from '../../../../../src-shared/domain/task-types'
import type { Formatters } from '../../../lib/use-format'

/** Whole days from `a` to `b` (calendar dates `YYYY-MM-DD`). */
const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)

/** "Today", "Tomorrow", "Yesterday" or the date of a local day, relative to `today`. */
export function dayWords(day: string, today: string, t: TFunction, f: Formatters): string {
  const offset = daysBetween(today, day)
  if (offset === 0) return t('tasks:due.today')
  if (offset === 1) return t('tasks:due.tomorrow')
  if (offset === -1) return t('tasks:due.yesterday')
  return f.date(day)
}

/** When a task is due, for a row: "Today", "Tomorrow 14:30", "2026-12-05" … */
export function dueLabel(task: Pick<Task, 'due'>, today: string, t: TFunction, f: Formatters): string {
  if (task.due.kind === 'day') return dayWords(task.due.date, today, t, f)
  const at = new Date(task.due.at)
  return `${dayWords(lightFormat(at, 'yyyy-MM-dd'), today, t, f)} ${lightFormat(at, 'HH:mm')}`
}

/** A reminder time, for a row or a toast. */
export const remindLabel = (iso: string, today: string, t: TFunction, f: Formatters): string =>
  dueLabel({ due: { kind: 'time', at: iso } }, today, t, f)
