import { onEvent } from '../../../lib/ipc'
import { useTaskUi } from '../stores/task-ui'

let listening = false

/**
 * Shows every `task.reminder` from now on, for the window's lifetime (once, however often it is
 * called). The app calls it before its first render: the reminders that came due while it was
 * closed arrive as one digest as soon as the window's event stream opens, and the lock gate opens
 * that stream before the shell, and the TaskHost in it, has mounted — a listener added by the
 * TaskHost alone could miss the digest.
 */
export function listenForReminders(): void {
  if (listening) return
  listening = true
  onEvent('task.reminder', (reminder) => useTaskUi.getState().showReminder(reminder))
}
