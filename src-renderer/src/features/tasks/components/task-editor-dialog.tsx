import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { Dialog } from '../../../components/dialog'
import { useTaskActions } from '../hooks/use-task-actions'
import { useTaskForm } from '../hooks/use-task-form'
import { draftOf, newDraft } from '../lib/due-draft'
import type { EditorTarget } from '../stores/task-ui'
import { TaskFormFields } from './task-form-fields'
import { TaskOn } from './task-on'

/** A new task (on a record, or on its own) or an edit of one: Enter saves, Esc closes. */
export function TaskEditorDialog({ target, onClose }: { target: EditorTarget; onClose(): void }) {
  const { t } = useTranslation()
  const actions = useTaskActions()
  const editing = target.mode === 'edit' ? target.task : null
  const form = useTaskForm(
    editing
      ? { title: editing.title, notes: editing.notes, due: draftOf(editing.due, editing.remindAt) }
      : { title: '', notes: '', due: newDraft() },
  )
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    const input = form.submit()
    if (!input || busy) return
    setBusy(true)
    const { title, notes, due, remindAt } = input
    const saved = editing
      ? await actions.save(editing, { title, notes, due, remindAt })
      : await actions.create({ ...input, link: target.mode === 'new' ? target.link : null })
    setBusy(false)
    if (saved) onClose()
  }
  const remove = async (): Promise<void> => {
    if (editing && (await actions.remove(editing))) onClose()
  }
  return (
    <Dialog
      title={t(editing ? 'tasks:editor.editTitle' : 'tasks:editor.newTitle')}
      description={t('tasks:editor.description')}
      onClose={onClose}
    >
      <form className="modal__body" onSubmit={(e) => void submit(e)} noValidate>
        {editing ? <TaskOn task={editing} /> : target.mode === 'new' && target.linkName && <TaskOn name={target.linkName} />}
        <TaskFormFields form={form} />
        <div className="modal__footer">
          {editing && (
            <Button variant="danger" className="task-form__delete" onClick={() => void remove()}>
              {t('tasks:actions.delete')}
            </Button>
          )}
          <Button onClick={onClose}>{t('tasks:actions.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {t(editing ? 'tasks:actions.save' : 'tasks:actions.create')}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
