import { describe, expect, it } from 'vitest'
import { createAppLock } from '../../../src-main/ipc/app-lock'
import { manualIdleSource } from '../../../src-main/trust/lock/idle-source'
import { IDLE_CHECK_MS, watchIdle } from '../../../src-main/trust/lock/idle-watch'
import { testClock } from './lock-support'

const setup = (minutes: number | null) => {
  const lock = createAppLock()
  const idle = manualIdleSource()
  const clock = testClock()
  let setting = minutes
  const changes: boolean[] = []
  lock.onChange((locked) => changes.push(locked))
  const stop = watchIdle({ lock, idle, clock, idleMinutes: () => setting })
  return { lock, idle, clock, changes, stop, set: (m: number | null) => void (setting = m) }
}

describe('the idle watch', () => {
  it('locks once the idle time reaches the minutes, at the next check', () => {
    const { lock, idle, clock, changes, stop } = setup(10)
    idle.set(599)
    clock.advance(IDLE_CHECK_MS)
    expect(lock.locked()).toBe(false)
    idle.set(600)
    expect(lock.locked()).toBe(false) // not before the next check
    clock.advance(IDLE_CHECK_MS)
    expect(lock.locked()).toBe(true)
    clock.advance(IDLE_CHECK_MS * 3)
    expect(changes).toEqual([true]) // told once
    stop()
  })

  it('locks at once when the computer locks or sleeps', () => {
    const { lock, idle, stop } = setup(30)
    idle.away()
    expect(lock.locked()).toBe(true)
    stop()
  })

  it('does nothing while the lock is off, and follows a change of the setting', () => {
    const { lock, idle, clock, stop, set } = setup(null)
    idle.set(100_000)
    idle.away()
    clock.advance(IDLE_CHECK_MS * 2)
    expect(lock.locked()).toBe(false)
    set(1)
    clock.advance(IDLE_CHECK_MS)
    expect(lock.locked()).toBe(true)
    stop()
  })

  it('stops checking once stopped', () => {
    const { lock, idle, clock, stop } = setup(1)
    stop()
    idle.set(120)
    idle.away()
    clock.advance(IDLE_CHECK_MS * 4)
    expect(lock.locked()).toBe(false)
  })
})
