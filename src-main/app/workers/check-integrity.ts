import type { IntegrityRun } from '../../db/integrity/integrity-monitor'
import type { WorkerHost } from '../../workers/worker-host'
import { integrityTable, type IntegrityInput } from './integrity-table'

/**
 * Starts the data file's deferred check: in a worker thread in the app, so the main process
 * keeps answering while it reads every page (inline, after the first page, under vitest).
 * The worker is stopped as soon as it has answered; `cancel` stops it early (closing the app).
 */
export function checkIntegrity(workers: WorkerHost, input: IntegrityInput): IntegrityRun {
  const runner = workers.runner(integrityTable, () => import('./integrity-worker-path'))
  const result = runner.start('quickCheck', input).result.finally(() => runner.close())
  return { result, cancel: () => runner.close() }
}
