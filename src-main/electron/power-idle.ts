import { powerMonitor } from 'electron'

/** The events after which the person is surely away: the screen locked, the computer going to sleep. */
const AWAY_EVENTS = ['lock-screen', 'suspend'] as const

/** The app lock's idle source (trust/lock/idle-source.ts) from the operating system. */
export const powerIdle = () => ({
  idleSeconds: (): number => powerMonitor.getSystemIdleTime(),
  onAway(listener: () => void): () => void {
    for (const event of AWAY_EVENTS) powerMonitor.on(event as 'lock-screen', listener)
    return () => {
      for (const event of AWAY_EVENTS) powerMonitor.off(event as 'lock-screen', listener)
    }
  },
})
