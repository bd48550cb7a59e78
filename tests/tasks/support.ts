import { createTestClock, type TestClock } from '../../src-main/harness/test-clock'
import type { Clock } from '../../src-main/ipc/clock'
import type { Task } from '../../src-shared/domain/task-types'
import type { TestBackend } from '../support/test-db'

/** A clock that moves only when the test says so (no real timer ever fires), in `zone`. */
export function manualClock(startIso: string, zone = 'Asia/Shanghai'): TestClock {
  const frozen: Clock = { now: () => Date.parse(startIso), timeZone: () => zone, setTimer: () => () => undefined }
  return createTestClock(frozen)
}

/** Calls a channel and fails the test on an error result. */
export async function call<T = unknown>(backend: TestBackend, channel: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.data as T
}

/** Creates a task through the registrar. */
export const createTask = (backend: TestBackend, input: Record<string, unknown>): Promise<Task> =>
  call<Task>(backend, 'tasks.create', input)

/** The `task.reminder` events emitted so far. */
export const reminders = (backend: TestBackend) =>
  backend.events
    .filter((e) => e.event === 'task.reminder')
    .map((e) => e.payload as { kind: string; title: string; body: string; taskIds: number[] })
