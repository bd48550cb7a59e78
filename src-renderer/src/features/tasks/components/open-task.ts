import { call } from '../../../lib/ipc'
import { useTaskUi } from '../stores/task-ui'

/** Opens a task's editor by id (from a reminder). A task deleted meanwhile opens nothing. */
export async function openTaskById(id: number): Promise<void> {
  const task = await call('tasks.get', { id }).catch(() => undefined)
  if (task) useTaskUi.getState().openEditor({ mode: 'edit', task })
}
