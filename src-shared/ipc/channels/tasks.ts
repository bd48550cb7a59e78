import { z } from 'zod'
import { channel } from '../channel'
import { SNOOZE_PRESETS, taskInput, taskLink, taskPatch } from '../../domain/task'
import type { NextFollowUp, Task, TodayTasks } from '../../domain/task-types'
import { id, isoDateTime, limit } from '../schemas'

/** Tasks and reminders: on a customer, deal, order or ticket, or on their own. */
export const taskChannels = {
  'tasks.get': channel<Task>()(z.strictObject({ id })),
  /** Open tasks of one record (soonest due first), then the most recently done. */
  'tasks.list': channel<{ open: Task[]; done: Task[]; doneTotal: number }>()(
    z.strictObject({ link: taskLink, doneLimit: limit(100).optional() }),
  ),
  /** Overdue, today, upcoming, and open deals with nothing planned (main's clock and zone). */
  'tasks.today': channel<TodayTasks>()(
    z.strictObject({ limit: limit(500).optional(), upcomingDays: z.int().min(1).max(60).optional() }),
  ),
  'tasks.create': channel<Task>()(taskInput),
  /** Refused with `stale_edit` when the task changed after `expectedUpdatedAt`. */
  'tasks.update': channel<Task>()(z.strictObject({ id, expectedUpdatedAt: isoDateTime, patch: taskPatch })),
  /** Done (with the suggested next follow-up) or not done again (undo). */
  'tasks.setDone': channel<{ task: Task; next: NextFollowUp | null }>()(z.strictObject({ id, done: z.boolean() })),
  /** To the trash; `tasks.restore` undoes it. */
  'tasks.delete': channel<{ id: number }>()(z.strictObject({ id })),
  'tasks.restore': channel<Task>()(z.strictObject({ id })),
  /** A new reminder time: in 10 minutes, an hour, or tomorrow at 9:00 local time. */
  'tasks.snooze': channel<Task>()(z.strictObject({ id, preset: z.enum(SNOOZE_PRESETS) })),
}
