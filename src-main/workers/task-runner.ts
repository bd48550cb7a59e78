import type { TaskInput, TaskName, TaskOutput, TaskTable } from './task'
import type { OnProgress } from './worker-thread'

/** A task on its way: its result, and a way to ask it to stop. */
export interface RunningTask<O> {
  result: Promise<O>
  /**
   * The task sees `isCancelled()` true at its next check (an import then rolls back). False when
   * the task had already passed its point of no return (`TaskEnv.commit`): it will finish.
   */
  cancel(): boolean
}

/**
 * Runs the tasks of one table, one at a time, where the host decided: a worker thread in the
 * app, this thread under vitest. Progress and cancel work the same either way.
 */
export interface TaskRunner<T extends TaskTable> {
  readonly table: T
  start<K extends TaskName<T>>(name: K, input: TaskInput<T, K>, onProgress?: OnProgress): RunningTask<TaskOutput<T, K>>
  /** Stops its worker; later tasks are refused. */
  close(): Promise<void>
}
