import { format } from 'date-fns/format'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { NextFollowUp, Task } from '../../../../../src-shared/domain/task-types'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { useFormat } from '../../../lib/use-format'
import { useTaskActions } from '../hooks/use-task-actions'
import { useTaskForm } from '../hooks/use-task-form'
import { draftOf } from '../lib/due-draft'
import { dueLabel } from '../lib/due-label'
import { linkOf } from '../stores/task-ui'
import { TaskFormFields } from './task-form-fields'
import { TaskOn } from './task-on'

/**
 * After a task is done: "Next follow-up?" with the suggested day (a week later, same time)
 * filled in. Enter plans it on the same record; Esc skips.
 */
export function NextFollowUpDialog({ task, next, onClose }: { task: Task; next: NextFollowUp; onClose(): void }) {
  const { t } = useTranslation()
  const f = useFormat()
  const { create } = useTaskActions()
  const form = useTaskForm({ title: next.title, notes: '', due: draftOf(next.due, next.remindAt) })
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const input = form.submit()
    if (!input || busy) return
    setBusy(true)
    const today = format(new Date(), 'yyyy-MM-dd')
    const planned = await create({ ...input, link: linkOf(task) }, (created) =>
      t('tasks:toast.followUpPlanned', { when: dueLabel(created, today, t, f) }),
    )
    setBusy(false)
    if (planned) onClose()
  }
  return (
    <Dialog title={t('tasks:next.title')} description={t('tasks:next.description')} onClose={onClose}>
      <form className="modal__body" onSubmit={(e) => void submit(e)} noValidate>
        <TaskOn task={task} />
        <TaskFormFields form={form} notes={false} />
        <div className="modal__footer">
          <Button onClick={onClose} aria-keyshortcuts="Escape">
            {t('tasks:next.skip')}
          </Button>
          <Button type="submit" variant="primary" disabled={busy} aria-keyshortcuts="Enter">
            {t('tasks:next.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
