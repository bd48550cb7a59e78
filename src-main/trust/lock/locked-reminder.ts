import type { TaskReminder } from '../../../src-shared/domain/task-types'
import { translate, type Locale } from '../../../src-shared/i18n'

/**
 * A reminder as it may show while the app is locked: that something is due, never whose or
 * what. It names no task either, so its notification has no Done or Snooze to run while locked
 * (a click opens the window, which asks for the passphrase).
 */
export function lockedReminder(reminder: TaskReminder, locale: Locale): TaskReminder {
  return {
    kind: reminder.kind,
    title: translate(locale, 'lock.reminder.title'),
    body: translate(locale, reminder.kind === 'digest' ? 'lock.reminder.digest' : 'lock.reminder.one'),
    taskIds: [],
  }
}
