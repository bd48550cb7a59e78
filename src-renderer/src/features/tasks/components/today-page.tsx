import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../components/button'
import { EmptyState } from '../../../components/empty-state'
import { PageHeader } from '../../../components/page-header'
import { errorMessage } from '../../../lib/ipc'
import { useFormat } from '../../../lib/use-format'
import { usePageShortcuts } from '../../../lib/use-page-shortcuts'
import { useQuery } from '../../../lib/use-query'
import { TASK_ENTITIES } from '../api/entities'
import { useRowKeys } from '../hooks/use-row-keys'
import { useTaskUi } from '../stores/task-ui'
import { TodayBlock } from './today-block'
import { UnplannedDeals } from './unplanned-deals'

const UPCOMING_DAYS = 7
const PAGE = 50

/**
 * The page the owner opens first in the morning: overdue, due today, the coming week, and the
 * open deals with nothing planned. Keyboard first: ↑ ↓ move between rows, Enter opens, D marks
 * done, N adds a task.
 */
export function TodayPage() {
  const { t } = useTranslation()
  const f = useFormat()
  const [limit, setLimit] = useState(PAGE)
  const { data, error } = useQuery('tasks.today', { limit, upcomingDays: UPCOMING_DAYS }, { entities: TASK_ENTITIES })
  const newTask = (): void => useTaskUi.getState().openEditor({ mode: 'new', link: null, linkName: null })
  usePageShortcuts({ n: newTask })
  const container = useRef<HTMLDivElement>(null)
  const onKeyDown = useRowKeys(container, data !== undefined)
  const more = (): void => setLimit((l) => Math.min(500, l + 100))

  const header = (
    <PageHeader
      title={t('tasks:today.title')}
      subtitle={data ? t('tasks:today.subtitle', { date: f.date(data.today) }) : undefined}
      actions={
        <Button variant="primary" icon="plus" onClick={newTask} aria-keyshortcuts="N" title={`${t('tasks:actions.newTask')} (N)`}>
          {t('tasks:actions.newTask')}
        </Button>
      }
    />
  )
  if (error)
    return (
      <div className="page">
        {header}
        <p role="alert">{errorMessage(error)}</p>
      </div>
    )
  if (!data)
    return (
      <div className="page">
        {header}
        <p className="muted" role="status">
          {t('common:loading')}
        </p>
      </div>
    )
  const nothing = [data.overdue, data.dueToday, data.upcoming, data.unplanned].every((b) => b.total === 0)
  return (
    <div className="page today-page" ref={container} onKeyDown={onKeyDown}>
      {header}
      {nothing ? (
        <EmptyState icon="today" title={t('tasks:today.emptyTitle')} body={t('tasks:today.emptyBody')} />
      ) : (
        <div className="today-page__columns">
          <div className="today-page__tasks">
            <TodayBlock
              title={t('tasks:today.overdue')}
              block={data.overdue}
              today={data.today}
              empty={t('tasks:today.overdueEmpty')}
              onMore={more}
            />
            <TodayBlock
              title={t('tasks:today.dueToday')}
              block={data.dueToday}
              today={data.today}
              empty={t('tasks:today.dueTodayEmpty')}
              onMore={more}
            />
            <TodayBlock
              title={t('tasks:today.upcoming', { count: UPCOMING_DAYS })}
              block={data.upcoming}
              today={data.today}
              empty={t('tasks:today.upcomingEmpty')}
              onMore={more}
            />
          </div>
          <div className="today-page__deals">
            <UnplannedDeals block={data.unplanned} onMore={more} />
          </div>
        </div>
      )}
    </div>
  )
}
