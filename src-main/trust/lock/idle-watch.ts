import type { AppLock } from '../../ipc/app-lock'
import type { Clock } from '../../ipc/clock'
import type { IdleSource } from './idle-source'

/** How often the idle time is read: a lock comes at most this late after the idle minutes. */
export const IDLE_CHECK_MS = 15_000

export interface IdleWatchOptions {
  lock: AppLock
  idle: IdleSource
  clock: Clock
  /** The lock's setting as it is now (Settings may change it at any time); null while it is off. */
  idleMinutes(): number | null
}

/**
 * Locks the app after the idle minutes without input, and at once when the computer locks its
 * screen or sleeps — only while the lock is on. Returns the stop function.
 */
export function watchIdle({ lock, idle, clock, idleMinutes }: IdleWatchOptions): () => void {
  const check = (): void => {
    const minutes = idleMinutes()
    if (minutes !== null && idle.idleSeconds() >= minutes * 60) lock.lock()
  }
  let cancel = (): void => undefined
  const schedule = (): void => {
    cancel = clock.setTimer(() => {
      check()
      schedule()
    }, IDLE_CHECK_MS)
  }
  schedule()
  const stopAway = idle.onAway(() => {
    if (idleMinutes() !== null) lock.lock()
  })
  return () => {
    cancel()
    stopAway()
  }
}
