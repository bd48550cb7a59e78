import type { Clock } from '../ipc/clock'
import type { IdleSource } from '../trust/lock/idle-source'

/**
 * The harness sees no keyboard or mouse: the person counts as idle since the page's last call.
 * No OS lock or sleep reaches it.
 */
export function idleSinceCall(clock: Clock): IdleSource & { touch(): void } {
  let last = clock.now()
  return {
    idleSeconds: () => Math.max(0, (clock.now() - last) / 1000),
    onAway: () => () => undefined,
    touch: () => void (last = clock.now()),
  }
}
