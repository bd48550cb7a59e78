import { Suspense, useEffect, useRef } from 'react'
import { onEvent } from '../../../lib/ipc'
import { useNavigationStore } from '../../../stores/navigation'
import { listenForReminders } from '../api/reminder-listener'
import { useTaskActions } from '../hooks/use-task-actions'
import { useTaskUi } from '../stores/task-ui'
import { nextFollowUpDialog, taskEditorDialog } from './lazy-task-dialogs'
import { openTaskById } from './open-task'
import { ReminderStack } from './reminder-stack'

/**
 * What tasks show over any page, mounted once by the shell: the in-app reminders, the task
 * editor and "next follow-up?". It listens for `task.reminder` (a reminder to show; the app
 * starts that listener before its first render, see `listenForReminders`) and `task.open` (a
 * click or Done on an OS notification).
 */
export function TaskHost() {
  const editor = useTaskUi((s) => s.editor)
  const followUp = useTaskUi((s) => s.followUp)
  const actions = useTaskActions()
  const latest = useRef(actions)
  useEffect(() => {
    latest.current = actions
  })
  useEffect(listenForReminders, [])
  useEffect(
    () =>
      onEvent('task.open', ({ taskId, action }) => {
        useNavigationStore.getState().navigate({ page: 'today' })
        if (taskId === null) return
        void (action === 'done' ? latest.current.done({ id: taskId }) : openTaskById(taskId))
      }),
    [],
  )
  const ui = useTaskUi.getState()
  return (
    <>
      <ReminderStack />
      <Suspense fallback={null}>
        {editor && (
          <taskEditorDialog.Page key={editor.mode === 'edit' ? editor.task.id : 'new'} target={editor} onClose={ui.closeEditor} />
        )}
        {followUp && (
          <nextFollowUpDialog.Page key={followUp.task.id} task={followUp.task} next={followUp.next} onClose={ui.closeFollowUp} />
        )}
      </Suspense>
    </>
  )
}
