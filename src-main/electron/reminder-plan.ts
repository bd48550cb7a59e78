import type { SnoozePreset } from '../../src-shared/domain/task'
import type { TaskReminder } from '../../src-shared/domain/task-types'
import type { EventPayload } from '../../src-shared/ipc'
import { translate, type Locale } from '../../src-shared/i18n'

/**
 * The decisions behind a reminder's OS notification, kept free of Electron so they are unit
 * tested (the glue in `reminder-notifier.ts` only carries them out).
 */

/** Where a reminder shows: in the window when the person is looking at it, else as an OS notification. */
export function reminderTarget(state: { windowFocused: boolean; osNotifications: boolean }): 'window' | 'os' {
  return state.windowFocused || !state.osNotifications ? 'window' : 'os'
}

/** What a button or a click does: open the task in the window (maybe to mark it done there), or snooze it. */
export type ReminderStep =
  { kind: 'open'; open: EventPayload<'task.open'> } | { kind: 'snooze'; id: number; preset: SnoozePreset }

export interface NotificationPlan {
  title: string
  body: string
  /** Button labels, where the OS shows buttons (macOS); a digest has none. */
  actions: string[]
  /** What the button at `index` does. */
  action(index: number): ReminderStep | null
  /** A click on the notification opens the task (one) or the Today page (a digest). */
  click: ReminderStep
}

const SNOOZES: readonly { preset: SnoozePreset; label: string }[] = [
  { preset: '10m', label: 'snooze10m' },
  { preset: '1h', label: 'snooze1h' },
  { preset: 'tomorrow', label: 'snoozeTomorrow' },
]

/**
 * Done and the three snoozes for one task. Done opens the window's own done flow, so marking a
 * task done always offers Undo and "next follow-up?" however it was done.
 */
export function notificationPlan(reminder: TaskReminder, locale: Locale): NotificationPlan {
  const taskId = reminder.taskIds.length === 1 ? reminder.taskIds[0] : null
  const label = (key: string): string => translate(locale, `tasks.notification.${key}`)
  const click: ReminderStep = { kind: 'open', open: { taskId } }
  if (taskId === null) return { title: reminder.title, body: reminder.body, actions: [], action: () => null, click }
  const steps: ReminderStep[] = [
    { kind: 'open', open: { taskId, action: 'done' } },
    ...SNOOZES.map(({ preset }): ReminderStep => ({ kind: 'snooze', id: taskId, preset })),
  ]
  return {
    title: reminder.title,
    body: reminder.body,
    actions: [label('done'), ...SNOOZES.map((s) => label(s.label))],
    action: (index) => steps[index] ?? null,
    click,
  }
}
