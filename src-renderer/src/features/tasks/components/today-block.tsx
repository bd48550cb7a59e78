import { useTranslation } from 'react-i18next'
import type { Task, TaskBlock } from '../../../../../src-shared/domain/task-types'
import { Section } from '../../../components/section'
import { TaskItem } from './task-item'

/** One block of the Today page: its tasks, or what it means that there are none. */
export function TodayBlock({
  title,
  block,
  today,
  empty,
  onMore,
}: {
  title: string
  block: TaskBlock<Task>
  today: string
  empty: string
  onMore(): void
}) {
  return (
    <Section title={`${title} · ${block.total}`}>
      {block.rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="task-list">
          {block.rows.map((task) => (
            <TaskItem key={task.id} task={task} today={today} />
          ))}
        </ul>
      )}
      <MoreRows shown={block.rows.length} total={block.total} onMore={onMore} />
    </Section>
  )
}

/** "Showing 100 of 312. Show more" under a block that has more than it shows. */
export function MoreRows({ shown, total, onMore }: { shown: number; total: number; onMore(): void }) {
  const { t } = useTranslation()
  if (shown >= total) return null
  return (
    <p className="muted task-more">
      {t('tasks:today.showing', { shown, total })}{' '}
      <button type="button" className="link-button" onClick={onMore}>
        {t('tasks:today.showMore')}
      </button>
    </p>
  )
}
