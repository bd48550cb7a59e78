import type { Task } from '../../../src-shared/domain/task-types'
import { AppError } from '../../../src-shared/ipc/app-error'
import { defineService } from '../../ipc/backend-services'
import type { HandlerContext } from '../../ipc/context'
import { nextReminderAt, takeDueReminders } from './due-reminders'
import { reminderText } from './reminder-text'

/**
 * The longest the clock waits between looks. Timers stop while a laptop sleeps (Node's run on a
 * monotonic clock), so a long wait would wake late; with this cap the first look after a wake
 * comes within 30 s, reads the wall clock, and sees the drift.
 */
export const LOOK_EVERY_MS = 30_000
/** A look later than planned by more than this means the computer slept (or the clock jumped). */
export const DRIFT_MS = 60_000

/** Reminders firing from the main process, per backend (`ctx.services.get(reminderClock)`). */
export interface ReminderClock {
  /** Begins keeping time: what came due while Kehu was closed arrives now, as one digest. */
  start(): void
  /** A reminder time changed: look again now (no-op before `start`). */
  replan(): void
  /** The computer woke from sleep: what came due meanwhile arrives now, as one digest. */
  resumed(): void
  /** Stops; `Backend.close` calls it through the service registry. */
  close(): void
}

/**
 * Each look takes the due reminders (recording them delivered in the same transaction: see
 * `takeDueReminders`) and emits `task.reminder`: one per task while the app runs, or ONE digest
 * after a start, a wake or a clock drift. Then it sleeps until the next reminder (at most
 * `LOOK_EVERY_MS`). Not started, it does nothing: only the app and the harness start it, since a
 * backend with no one to show a reminder to must not mark it delivered.
 */
export const reminderClock = defineService('tasks.reminders', (ctx): ReminderClock => {
  const { clock } = ctx
  let running = false
  let cancelTimer: (() => void) | null = null
  let expectedAt = 0
  let catchUp = false

  const look = (): void => {
    cancelTimer?.()
    cancelTimer = null
    if (!running) return
    const now = clock.now()
    if (now - expectedAt > DRIFT_MS) catchUp = true
    // A damaged file takes no writes at all, delivery records included.
    if (ctx.integrity().status !== 'corrupt') {
      try {
        // An import holds the write lock: look again later rather than wait on it (nothing recorded).
        ctx.jobs.assertNoWritingJob()
        const digest = catchUp
        const due = takeDueReminders(ctx.db, now, digest)
        catchUp = false
        deliver(ctx, due, digest, now)
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'job_busy')) console.error('[reminders]', error)
      }
    }
    plan(now)
  }
  const plan = (now: number): void => {
    const next = nextReminderAt(ctx.db, now)
    const wait = next === null ? LOOK_EVERY_MS : Math.min(LOOK_EVERY_MS, Math.max(0, next - now))
    expectedAt = now + wait
    cancelTimer = clock.setTimer(look, wait)
  }
  const lookNow = (asCatchUp: boolean): void => {
    if (!running) return
    if (asCatchUp) catchUp = true
    expectedAt = clock.now()
    look()
  }

  return {
    start() {
      if (running) return
      running = true
      lookNow(true)
    },
    replan: () => lookNow(false),
    resumed: () => lookNow(true),
    close() {
      running = false
      cancelTimer?.()
      cancelTimer = null
    },
  }
})

function deliver(ctx: HandlerContext, tasks: Task[], digest: boolean, now: number): void {
  if (tasks.length === 0) return
  const locale = ctx.locale()
  const zone = ctx.clock.timeZone()
  for (const group of digest ? [tasks] : tasks.map((task) => [task])) {
    const text = reminderText(group, locale, now, zone)
    ctx.emit('task.reminder', { kind: digest ? 'digest' : 'reminder', ...text, taskIds: group.map((task) => task.id) })
  }
}
