import type { IntegrityRun } from '../../db/integrity/integrity-monitor'
import type { TaskRunner } from '../../workers/task-runner'
import type { WorkerHost } from '../../workers/worker-host'
import { integrityTable, type IntegrityInput } from './integrity-table'

/**
 * How long after opening the check waits: it reads every page of the file (~0.4 s of CPU at
 * 100,000 customers) and starts a thread, and on a two-core laptop that competed with the
 * window's first page. Writes are allowed meanwhile, as they are while it runs.
 */
export const INTEGRITY_CHECK_DELAY_MS = 3000

/**
 * Starts the data file's deferred check: in a worker thread in the app, so the main process
 * keeps answering while it reads every page (inline, after the first page, under vitest).
 * The worker is stopped as soon as it has answered; `cancel` stops it early (closing the app),
 * also before it has started.
 */
export function checkIntegrity(workers: WorkerHost, input: IntegrityInput, delayMs = INTEGRITY_CHECK_DELAY_MS): IntegrityRun {
  let runner: TaskRunner<typeof integrityTable> | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const result = new Promise<void>((resolve) => (timer = setTimeout(resolve, delayMs)))
    .then(() => {
      runner = workers.runner(integrityTable, () => import('./integrity-worker-path'))
      return runner.start('quickCheck', input).result
    })
    .finally(() => runner?.close())
  return {
    result,
    cancel: async () => {
      clearTimeout(timer)
      await runner?.close()
    },
  }
}
