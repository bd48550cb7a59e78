import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { taskInput, type TaskInputDraft } from '../../../../../src-shared/domain/task'
import { useFormat } from '../../../lib/use-format'
import { validate } from '../../../lib/validate'
import { toDue, toRemindAt, type DueDraft } from '../lib/due-draft'

export interface TaskFormValues {
  title: string
  notes: string
  due: DueDraft
}

/** Which field shows a schema message (a due's path is `due.date` or `due.at`). */
export type TaskFormField = 'title' | 'due' | 'remindAt'

/**
 * The task form's state, validated with the IPC's own schema in the UI language (the server
 * checks again); messages show once the person has tried to save.
 */
export function useTaskForm(initial: TaskFormValues) {
  const { t } = useTranslation()
  const { locale } = useFormat()
  const [values, setValues] = useState(initial)
  const [submitted, setSubmitted] = useState(false)
  const input: TaskInputDraft = {
    title: values.title,
    notes: values.notes,
    due: toDue(values.due),
    remindAt: toRemindAt(values.due),
  }
  const checked = validate(taskInput, input, locale, t)
  const errors = checked.ok ? {} : checked.errors
  const errorOf = (field: TaskFormField): string | undefined => {
    if (!submitted) return undefined
    return field === 'due' ? (errors['due.date'] ?? errors['due.at']) : errors[field]
  }
  return {
    values,
    errorOf,
    change: (patch: Partial<TaskFormValues>) => setValues((v) => ({ ...v, ...patch })),
    changeDue: (patch: Partial<DueDraft>) => setValues((v) => ({ ...v, due: { ...v.due, ...patch } })),
    /** The input to send, or null (the messages now show) when something needs fixing. */
    submit: (): TaskInputDraft | null => {
      setSubmitted(true)
      return checked.ok ? input : null
    },
  }
}

export type TaskForm = ReturnType<typeof useTaskForm>
