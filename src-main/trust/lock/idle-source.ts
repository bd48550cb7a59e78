/**
 * How long the person has been away, from the operating system (Electron's `powerMonitor`) or,
 * where there is none, from the transport (the harness: since the page's last call; tests set it).
 */
export interface IdleSource {
  /** Seconds since the last keyboard or mouse input. */
  idleSeconds(): number
  /** `listener` runs when the computer locks its screen or goes to sleep; returns the unsubscribe. */
  onAway(listener: () => void): () => void
}

/** An idle source a caller drives: `set` how long it has been idle, `away()` as the OS would. */
export interface ManualIdleSource extends IdleSource {
  set(seconds: number): void
  away(): void
}

export function manualIdleSource(initialSeconds = 0): ManualIdleSource {
  let seconds = initialSeconds
  const listeners = new Set<() => void>()
  return {
    idleSeconds: () => seconds,
    onAway(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    set: (next) => void (seconds = next),
    away: () => [...listeners].forEach((listener) => listener()),
  }
}
