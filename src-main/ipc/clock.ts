/**
 * What time it is and where: the one source of "now" for time-driven work (task reminders, the
 * Today view), so tests and the browser harness's test clock can move time without waiting.
 * Stored timestamps (`created_at`, audit rows) stay on the real clock.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** The IANA time zone of the user's local time (the laptop's). */
  timeZone(): string
  /** Runs `run` once after `ms` of this clock's time; returns the cancel function. */
  setTimer(run: () => void, ms: number): () => void
}

/** The real clock: the system time and zone, Node timers (unref'd: a timer never keeps a process alive). */
export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  setTimer(run, ms) {
    const timer = setTimeout(run, ms)
    timer.unref?.()
    return () => clearTimeout(timer)
  },
}
