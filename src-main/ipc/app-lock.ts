/**
 * Whether the app is locked: one per app process (not per data file), so switching to the demo
 * shop and back, or reopening a file, never unlocks it. The guard in front of the registrar
 * (trust/lock/) reads it; the lock's channels and the idle watch change it; the transports
 * hear each change (the window drops what it shows).
 */
export interface AppLock {
  locked(): boolean
  lock(): void
  unlock(): void
  /** `listener` runs on each change (not on a lock while already locked); returns the unsubscribe. */
  onChange(listener: (locked: boolean) => void): () => void
}

export function createAppLock(initiallyLocked = false): AppLock {
  let locked = initiallyLocked
  const listeners = new Set<(locked: boolean) => void>()
  const set = (next: boolean): void => {
    if (next === locked) return
    locked = next
    for (const listener of [...listeners]) listener(locked)
  }
  return {
    locked: () => locked,
    lock: () => set(true),
    unlock: () => set(false),
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
