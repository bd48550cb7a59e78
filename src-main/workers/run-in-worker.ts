import { randomUUID } from 'node:crypto'
import { newCancelFlag, setCancelled } from './cancel-flag'
import type { WorkerStart } from './protocol'
import type { TaskName, TaskOutput, TaskTable } from './task'
import type { TaskRunner } from './task-runner'
import { workerThread, type WorkerThread, type WorkerThreadOptions } from './worker-thread'

/**
 * A table's tasks in its bundled worker thread, with its idle and heap limits (./worker-thread.ts).
 * `workerPath` is asked for on the first task (electron-vite's `?modulePath` import only
 * exists in the build).
 */
export function runInWorker<T extends TaskTable>(
  table: T,
  workerPath: () => Promise<string>,
  start: WorkerStart,
  limits: Pick<WorkerThreadOptions, 'idleMs' | 'heapLimitMb'> = {},
): TaskRunner<T> {
  let thread: Promise<WorkerThread> | null = null
  let closed = false
  const threadFor = (): Promise<WorkerThread> =>
    (thread ??= workerPath().then((path) =>
      workerThread({ workerPath: path, workerData: start, name: `${table.name} worker`, ...limits }),
    ))
  return {
    table,
    start(name, input, onProgress = () => undefined) {
      const cancel = newCancelFlag()
      const taskId = randomUUID()
      const result = closed
        ? Promise.reject(new Error(`${table.name} worker is closed`))
        : threadFor().then((t) => t.post({ taskId, task: name, input, cancel }, onProgress))
      return { result: result as Promise<TaskOutput<T, TaskName<T>>>, cancel: () => setCancelled(cancel) }
    },
    async close() {
      closed = true
      if (thread) await (await thread).close()
    },
  }
}
