import { workerThread } from '../../jobs/worker-thread'
import type { JobKind, JobOutput } from '../jobs'
import type { InsightsRunner, JobRequest } from './runner'
import type { AnalyticsWorkerData, JobMessage } from './worker-protocol'

export interface WorkerRunnerOptions extends AnalyticsWorkerData {
  /** The bundled worker entry (electron-vite's `?modulePath`). */
  workerPath: string
}

/** One long-lived analytics worker (`src-main/jobs/worker-thread.ts`) answering heavy jobs. */
export function createWorkerRunner(options: WorkerRunnerOptions): InsightsRunner {
  const { workerPath, ...workerData } = options
  const thread = workerThread({ workerPath, workerData: workerData satisfies AnalyticsWorkerData, name: 'analytics worker' })
  return {
    async run<K extends JobKind>(req: JobRequest<K>): Promise<JobOutput<K>> {
      const message: JobMessage = { jobId: req.jobId, kind: req.kind, input: req.input, today: req.today }
      return (await thread.post(req.jobId, message, req.onProgress)) as JobOutput<K>
    },
    close: () => thread.close(),
  }
}
