import { Notification, type BrowserWindow } from 'electron'
import type { SnoozePreset } from '../../src-shared/domain/task'
import type { TaskReminder } from '../../src-shared/domain/task-types'
import type { EventPayload } from '../../src-shared/ipc'
import type { Locale } from '../../src-shared/i18n'
import { notificationPlan, reminderTarget, type ReminderStep } from './reminder-plan'

/**
 * Shows task reminders: in the window when it has focus (the in-app notification), else as an
 * OS notification with Done and Snooze. Thin glue over `reminder-plan.ts`, which decides.
 */
export function createReminderNotifier(deps: {
  window(): BrowserWindow | null
  locale(): Locale
  /** Runs `tasks.snooze` (through the registrar, like a call from the window). */
  snooze(id: number, preset: SnoozePreset): void
}): (reminder: TaskReminder) => void {
  // Electron drops the events of a notification that was garbage-collected: hold each until closed.
  const showing = new Set<Notification>()
  const openInWindow = (open: EventPayload<'task.open'>): void => {
    const win = deps.window()
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.show()
    win.focus()
    win.webContents.send('task.open', open)
  }
  const run = (step: ReminderStep | null): void => {
    if (step?.kind === 'open') openInWindow(step.open)
    else if (step?.kind === 'snooze') deps.snooze(step.id, step.preset)
  }
  return (reminder) => {
    const win = deps.window()
    const target = reminderTarget({ windowFocused: win?.isFocused() ?? false, osNotifications: Notification.isSupported() })
    if (target === 'window') return void win?.webContents.send('task.reminder', reminder)
    const plan = notificationPlan(reminder, deps.locale())
    const notification = new Notification({
      title: plan.title,
      body: plan.body,
      actions: plan.actions.map((text) => ({ type: 'button' as const, text })),
    })
    showing.add(notification)
    notification.on('click', () => {
      showing.delete(notification)
      run(plan.click)
    })
    notification.on('action', (_event, index) => run(plan.action(index)))
    notification.on('close', () => showing.delete(notification))
    notification.show()
  }
}
