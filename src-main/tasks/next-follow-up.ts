import type { SnoozePreset } from '../../src-shared/domain/task'
import type { NextFollowUp, Task } from '../../src-shared/domain/task-types'
import { addCalendarDays, localDate, sameTimeDaysLater, tomorrowAt } from './local-time'

/** How far ahead "next follow-up?" suggests, in local days. */
export const FOLLOW_UP_DAYS = 7

/**
 * The follow-up suggested when a task is done: a week after its due day — or after today, if it
 * was done late — at the same local time of day (all day stays all day). A reminder keeps its
 * distance from the due. Daylight saving in between does not move the wall time.
 */
export function suggestNextFollowUp(task: Task, now: number, zone: string): NextFollowUp {
  const today = localDate(now, zone)
  if (task.due.kind === 'day') {
    const base = task.due.date > today ? task.due.date : today
    const date = addCalendarDays(base, FOLLOW_UP_DAYS)
    const remindAt = task.remindAt === null ? null : shiftedReminder(task.remindAt, task.due.date, date, zone)
    return { title: task.title, due: { kind: 'day', date }, remindAt }
  }
  const dueMs = Date.parse(task.due.at)
  const lateDays = Math.max(0, daysBetween(localDate(dueMs, zone), today))
  const at = sameTimeDaysLater(dueMs, lateDays + FOLLOW_UP_DAYS, zone)
  const remindAt = task.remindAt === null ? null : new Date(at - (dueMs - Date.parse(task.remindAt))).toISOString()
  return { title: task.title, due: { kind: 'time', at: new Date(at).toISOString() }, remindAt }
}

/** An all-day task's reminder moves by whole local days, keeping its wall time. */
function shiftedReminder(remindAt: string, fromDate: string, toDate: string, zone: string): string {
  return new Date(sameTimeDaysLater(Date.parse(remindAt), daysBetween(fromDate, toDate), zone)).toISOString()
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** The new reminder time of a snooze: in 10 minutes, in an hour, or tomorrow at 9:00 local time. */
export function snoozeUntil(preset: SnoozePreset, now: number, zone: string): number {
  if (preset === '10m') return now + 10 * 60_000
  if (preset === '1h') return now + 60 * 60_000
  return tomorrowAt(now, 9, zone)
}
