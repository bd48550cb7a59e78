import { lightFormat } from 'date-fns/lightFormat'
import { useTranslation } from 'react-i18next'
import type { TaskLinkKind } from '../../../../../src-shared/domain/task'
import { Button } from '../../../components/button'
import type { RecordPanelProps } from '../../../registries/record-panels'
import { useQuery } from '../../../lib/use-query'
import { TASK_ENTITIES } from '../api/entities'
import { useTaskUi } from '../stores/task-ui'
import { TaskItem } from './task-item'

/**
 * A record's tasks (customer, deal, order or ticket page): the open ones soonest first, the done
 * ones folded away, and "Add task" on this record.
 */
export function TaskPanel({ kind, recordId }: RecordPanelProps & { kind: TaskLinkKind }) {
  const { t } = useTranslation()
  const { data } = useQuery('tasks.list', { link: { kind, id: recordId } }, { entities: TASK_ENTITIES })
  const today = lightFormat(new Date(), 'yyyy-MM-dd')
  const add = (): void => useTaskUi.getState().openEditor({ mode: 'new', link: { kind, id: recordId }, linkName: null })
  if (!data) return null
  return (
    <div className="task-panel">
      {data.open.length === 0 ? (
        <p className="muted">{t('tasks:panel.empty')}</p>
      ) : (
        <ul className="task-list">
          {data.open.map((task) => (
            <TaskItem key={task.id} task={task} today={today} showCustomer={kind !== 'customer'} />
          ))}
        </ul>
      )}
      {data.doneTotal > 0 && (
        <details className="task-panel__done">
          <summary>{t('tasks:panel.doneCount', { count: data.doneTotal })}</summary>
          <ul className="task-list">
            {data.done.map((task) => (
              <TaskItem key={task.id} task={task} today={today} showCustomer={kind !== 'customer'} />
            ))}
          </ul>
        </details>
      )}
      <Button size="sm" icon="plus" onClick={add}>
        {t('tasks:panel.add')}
      </Button>
    </div>
  )
}
