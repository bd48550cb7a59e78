import type { Clock } from '../ipc/clock'

/** A clock a test moves by hand (the harness's `--test-hooks`, and unit tests over a frozen base). */
export interface TestClock extends Clock {
  /** Time passes with the computer awake: every timer due on the way fires at its own time, in order. */
  advance(ms: number): void
  /** The computer sleeps for `ms`: time passes and no timer fires; those due fire late on the next `advance`. */
  sleep(ms: number): void
}

interface Timer {
  due: number
  run(): void
  cancelBase(): void
}

/**
 * `base` shifted by what the test added, with timers that follow the shifted time: a timer set
 * for 30 s fires after 30 s of real time (through `base`) or as soon as `advance` passes it.
 */
export function createTestClock(base: Clock): TestClock {
  let offset = 0
  const timers = new Set<Timer>()
  const now = (): number => base.now() + offset
  const fire = (timer: Timer): void => {
    if (!timers.delete(timer)) return
    timer.cancelBase()
    timer.run()
  }
  return {
    now,
    timeZone: () => base.timeZone(),
    setTimer(run, ms) {
      const timer: Timer = { due: now() + ms, run, cancelBase: () => undefined }
      timers.add(timer)
      timer.cancelBase = base.setTimer(() => fire(timer), ms)
      return () => {
        timers.delete(timer)
        timer.cancelBase()
      }
    },
    advance(ms) {
      const target = now() + ms
      for (;;) {
        const next = [...timers].filter((t) => t.due <= target).sort((a, b) => a.due - b.due)[0]
        if (!next) break
        // A timer that came due while asleep fires late, at the time it is now: time never goes back.
        offset += Math.max(0, next.due - now())
        fire(next)
      }
      offset += Math.max(0, target - now())
    },
    sleep(ms) {
      offset += ms
    },
  }
}
