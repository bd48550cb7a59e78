import type { HandlerContext } from '../ipc/context'
import type { DomainHandlers } from '../ipc/handler'
import { createTask, deleteTask, editTask, remindTaskAt, restoreTask, setTaskDone } from './commands'
import { dayStartModifier } from './local-time'
import { snoozeUntil, suggestNextFollowUp } from './next-follow-up'
import { loadTask, tasksOf } from './queries'
import { reminderClock } from './reminders/reminder-clock'
import { todayTasks } from './today'

/** A task changed: the lists refresh and the reminder clock looks again. */
export function tasksChanged(ctx: HandlerContext): void {
  ctx.emit('data.changed', { entities: ['tasks'] })
  ctx.services.get(reminderClock).replan()
}

export const taskHandlers: DomainHandlers<'tasks'> = {
  'tasks.get': ({ id }, ctx) => loadTask(ctx.db, id),
  'tasks.list': ({ link, doneLimit }, ctx) =>
    tasksOf(ctx.db, link, doneLimit ?? 5, dayStartModifier(ctx.clock.now(), ctx.clock.timeZone())),
  'tasks.today': ({ limit, upcomingDays }, ctx) =>
    todayTasks(ctx.db, {
      now: ctx.clock.now(),
      timeZone: ctx.clock.timeZone(),
      limit: limit ?? 100,
      upcomingDays: upcomingDays ?? 7,
    }),
  'tasks.create': (input, ctx) => {
    const id = createTask(ctx.db, input)
    tasksChanged(ctx)
    return loadTask(ctx.db, id)
  },
  'tasks.update': ({ id, expectedUpdatedAt, patch }, ctx) => {
    editTask(ctx.db, id, expectedUpdatedAt, patch)
    tasksChanged(ctx)
    return loadTask(ctx.db, id)
  },
  'tasks.setDone': ({ id, done }, ctx) => {
    if (setTaskDone(ctx.db, id, done)) tasksChanged(ctx)
    const task = loadTask(ctx.db, id)
    return { task, next: done ? suggestNextFollowUp(task, ctx.clock.now(), ctx.clock.timeZone()) : null }
  },
  'tasks.delete': ({ id }, ctx) => {
    deleteTask(ctx.db, id)
    tasksChanged(ctx)
    return { id }
  },
  'tasks.restore': ({ id }, ctx) => {
    restoreTask(ctx.db, id)
    tasksChanged(ctx)
    return loadTask(ctx.db, id)
  },
  'tasks.snooze': ({ id, preset }, ctx) => {
    remindTaskAt(ctx.db, id, new Date(snoozeUntil(preset, ctx.clock.now(), ctx.clock.timeZone())).toISOString())
    tasksChanged(ctx)
    return loadTask(ctx.db, id)
  },
}
