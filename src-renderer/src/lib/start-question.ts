import type { ErrorCode } from '../../../src-shared/ipc'
import { IpcCallError } from './ipc'

/** Refusals that only mean "not yet": the data file is not open, or the app is locked. */
const NOT_YET: readonly ErrorCode[] = ['security_locked', 'app_locked']

/** True when a call was refused only because the data file is not open yet or the app is locked. */
export const refusedUntilOpen = (error: unknown): boolean => error instanceof IpcCallError && NOT_YET.includes(error.error.code)

export interface StartQuestion<T> {
  /** Asks now, before the page that needs the answer has loaded (../boot.ts). */
  ask(): void
  /** The answer if it has come already, once: the page then uses it in its first render. */
  take(): T | undefined
  /** The start's question, once (asked afresh if it was refused); afterwards a fresh question. */
  answer(): Promise<T>
}

/**
 * A question the start page asks before its script has loaded. It may be refused because the
 * file is not open yet (first run, unlocking): then whoever needs the answer asks again.
 */
export function startQuestion<T>(question: () => Promise<T>): StartQuestion<T> {
  let asked: Promise<T> | null = null
  let answered: { value: T } | null = null
  return {
    ask() {
      const pending = question()
      asked = pending
      answered = null
      pending.then(
        (value) => void (asked === pending && (answered = { value })),
        () => undefined, // unclaimed, a refusal must not go unhandled; `answer()` asks again
      )
    },
    take() {
      const value = answered?.value
      if (answered) asked = answered = null
      return value
    },
    answer() {
      const pending = asked
      asked = answered = null
      return pending ? pending.catch(question) : question()
    },
  }
}
