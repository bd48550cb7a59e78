import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { SNOOZE_PRESETS, type SnoozePreset } from '../../../../../src-shared/domain/task-types'
import { Button } from '../../../components/button'
import { IconButton } from '../../../components/icon-button'
import { Icon } from '../../../components/icons'
import { useNavigationStore } from '../../../stores/navigation'
import { useTaskActions } from '../hooks/use-task-actions'
import { useTaskUi, type ShownReminder } from '../stores/task-ui'
import { openTaskById } from './open-task'

const SNOOZE_LABEL: Record<SnoozePreset, 'snooze10m' | 'snooze1h' | 'snoozeTomorrow'> = {
  '10m': 'snooze10m',
  '1h': 'snooze1h',
  tomorrow: 'snoozeTomorrow',
}

/**
 * The in-app notifications (the browser harness, and the window when it has focus): each
 * reminder stays until acted on — Done, Snooze (10 minutes, 1 hour, tomorrow 9:00), Open.
 * A digest of what came due while Kehu was closed opens the Today page.
 */
export function ReminderStack() {
  const { t } = useTranslation()
  const reminders = useTaskUi((s) => s.reminders)
  return (
    <section className="reminder-stack" aria-label={t('tasks:notification.region')} aria-live="polite">
      {reminders.map((shown) => (
        <ReminderCard key={shown.key} shown={shown} />
      ))}
    </section>
  )
}

function ReminderCard({ shown: { key, reminder } }: { shown: ShownReminder }) {
  const { t } = useTranslation()
  const titleId = useId()
  const actions = useTaskActions()
  const dismiss = (): void => useTaskUi.getState().dismissReminder(key)
  const taskId = reminder.taskIds.length === 1 ? reminder.taskIds[0] : null
  const then = (work: () => unknown) => (): void => {
    dismiss()
    void work()
  }
  return (
    <article className="reminder-card" aria-labelledby={titleId}>
      <header className="reminder-card__header">
        <Icon name="bell" className="reminder-card__icon" />
        <h2 id={titleId} className="reminder-card__title">
          {reminder.title}
        </h2>
        <IconButton icon="close" aria-label={t('tasks:notification.dismiss')} onClick={dismiss} />
      </header>
      {reminder.body && <p className="reminder-card__body">{reminder.body}</p>}
      <div className="reminder-card__actions">
        {taskId === null ? (
          <Button size="sm" variant="primary" onClick={then(() => useNavigationStore.getState().navigate({ page: 'today' }))}>
            {t('tasks:notification.openToday')}
          </Button>
        ) : (
          <>
            <Button size="sm" variant="primary" icon="check" onClick={then(() => actions.done({ id: taskId }))}>
              {t('tasks:notification.done')}
            </Button>
            <details className="menu">
              <summary
                className="btn btn--secondary btn--sm"
                aria-label={t('tasks:notification.snoozeLabel', { title: reminder.title })}
              >
                {t('tasks:notification.snooze')}
              </summary>
              <div className="menu__panel reminder-card__snoozes">
                {SNOOZE_PRESETS.map((preset) => (
                  <Button key={preset} size="sm" variant="ghost" onClick={then(() => actions.snooze(taskId, preset))}>
                    {t(`tasks:notification.${SNOOZE_LABEL[preset]}`)}
                  </Button>
                ))}
              </div>
            </details>
            <Button size="sm" variant="ghost" onClick={then(() => openTaskById(taskId))}>
              {t('tasks:notification.open')}
            </Button>
          </>
        )}
      </div>
    </article>
  )
}
