import type { TaskReminder } from '../../../src-shared/domain/task-types'
import type { EventName, EventPayload } from '../../../src-shared/ipc'
import type { Locale } from '../../../src-shared/i18n'
import { createAppLock, type AppLock } from '../../ipc/app-lock'
import type { Clock } from '../../ipc/clock'
import type { IdleSource } from './idle-source'
import { watchIdle } from './idle-watch'
import { readLockFile } from './lock-file'
import { lockIsOn } from './lock-status'
import { lockedReminder } from './locked-reminder'

type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void

export interface LockKeeperOptions {
  dataDir: string
  clock: Clock
  /** Where idle time and the OS's lock/sleep come from; none: the lock comes only on demand. */
  idle?: IdleSource
  emit?: Emit
  /** The UI language now (a reminder shown while locked is worded in it). */
  locale(): Locale
}

export interface LockKeeper {
  /** The app's one lock: locked from the start when the lock is on (a restart does not unlock). */
  lock: AppLock
  /** `emit` as the transports must use it: a reminder while locked shows nothing of the data. */
  emit: Emit
  close(): void
}

/** The app lock of one app process, for the shop host to share with every backend it boots. */
export function createLockKeeper(options: LockKeeperOptions): LockKeeper {
  const { dataDir } = options
  const lock = createAppLock(lockIsOn(dataDir))
  const stopChanges = lock.onChange((locked) => options.emit?.('lock.changed', { locked }))
  const stopIdle = options.idle
    ? watchIdle({
        lock,
        idle: options.idle,
        clock: options.clock,
        idleMinutes: () => (lockIsOn(dataDir) ? readLockFile(dataDir).idleMinutes : null),
      })
    : () => undefined
  const emit: Emit = (event, payload) => {
    if (event === 'task.reminder' && lock.locked()) {
      const hidden = lockedReminder(payload as TaskReminder, options.locale())
      return options.emit?.(event, hidden as EventPayload<typeof event>)
    }
    options.emit?.(event, payload)
  }
  return {
    lock,
    emit,
    close: () => {
      stopChanges()
      stopIdle()
    },
  }
}
