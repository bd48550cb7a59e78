import type { LockStatus } from '../../../../src-shared/ipc/channels/lock'
import { call } from '../../lib/ipc'

let asked: Promise<LockStatus> | null = null
let answered: LockStatus | null = null

/** Asks whether the app is locked before the shell's script has loaded (../../boot.ts). */
export function prefetchLockStatus(): void {
  const question = call('lock.status', {})
  asked = question
  // Unclaimed, a refusal must not go unhandled; the gate reports it when it takes the answer.
  question.then(
    (status) => {
      if (asked === question) answered = status
    },
    () => undefined,
  )
}

/**
 * The start's answer if it has come already, once: the gate then shows the shell in its very
 * first render instead of a render later.
 */
export function takeLockAnswer(): LockStatus | undefined {
  const status = answered ?? undefined
  if (status) asked = answered = null
  return status
}

/** The answer asked for at start, once; afterwards a fresh question. */
export function askLockStatus(): Promise<LockStatus> {
  const answer = asked ?? call('lock.status', {})
  asked = answered = null
  return answer
}
