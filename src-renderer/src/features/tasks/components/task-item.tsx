import { useTranslation } from 'react-i18next'
import type { Task } from '../../../../../src-shared/domain/task-types'
import { Badge } from '../../../components/badge'
import { Icon } from '../../../components/icons'
import { useFormat } from '../../../lib/use-format'
import { useNavigationStore } from '../../../stores/navigation'
import { useTaskActions } from '../hooks/use-task-actions'
import { dueLabel, remindLabel } from '../lib/due-label'
import { useTaskUi } from '../stores/task-ui'
import { recordWords } from './task-on'

/** Whether an open task is late: its day has passed, or its time. */
export const isOverdue = (task: Task, today: string, now: number = Date.now()): boolean =>
  task.doneAt === null && (task.due.kind === 'day' ? task.due.date < today : Date.parse(task.due.at) < now)

/**
 * One task in a list: tick to mark done, its title (opens it), when it is due, its reminder,
 * its customer and record. Focused, Enter opens it and D marks it done.
 */
export function TaskItem({ task, today, showCustomer = true }: { task: Task; today: string; showCustomer?: boolean }) {
  const { t } = useTranslation()
  const { t: tasksT } = useTranslation('tasks')
  const f = useFormat()
  const actions = useTaskActions()
  const navigate = useNavigationStore((s) => s.navigate)
  const open = (): void => useTaskUi.getState().openEditor({ mode: 'edit', task })
  const done = task.doneAt !== null
  const toggle = (): void => void (done ? actions.reopen(task) : actions.done(task))
  const overdue = isOverdue(task, today)
  return (
    <li
      className={done ? 'task-item task-item--done' : 'task-item'}
      data-nav-row
      tabIndex={-1}
      aria-label={task.title}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return
        if (event.key === 'Enter') open()
        else if (event.key.toLowerCase() === 'd') toggle()
        else return
        event.preventDefault()
      }}
    >
      <input
        type="checkbox"
        className="task-item__check"
        checked={done}
        aria-label={t(done ? 'tasks:actions.markOpen' : 'tasks:actions.markDone', { title: task.title })}
        onChange={toggle}
      />
      <button type="button" className="link-button task-item__title" title={t('tasks:actions.edit')} onClick={open}>
        {task.title}
      </button>
      <span className="task-item__meta">
        {overdue ? (
          <Badge tone="danger">{dueLabel(task, today, t, f)}</Badge>
        ) : (
          <span className="tabular">{dueLabel(task, today, t, f)}</span>
        )}
        {task.remindAt && !done && (
          <span className="task-item__remind tabular" title={t('tasks:fields.remindAt')}>
            <Icon name="bell" size={14} />
            {remindLabel(task.remindAt, today, t, f)}
          </span>
        )}
        {showCustomer && task.customer && (
          <button
            type="button"
            className="link-button"
            onClick={() => navigate({ page: 'customer', id: String(task.customer!.id) })}
          >
            {task.customer.name}
          </button>
        )}
        {task.record && <span className="muted">{recordWords(task, tasksT)}</span>}
      </span>
    </li>
  )
}
