import { Worker } from 'node:worker_threads'
import type { JobKind, JobOutput } from '../jobs'
import type { InsightsRunner, JobRequest } from './runner'
import { fromWire, type AnalyticsWorkerData, type JobMessage, type WorkerReply } from './worker-protocol'

interface Pending {
  resolve(result: unknown): void
  reject(error: Error): void
  onProgress(done: number, total: number, phase?: string): void
}

export interface WorkerRunnerOptions extends AnalyticsWorkerData {
  /** The bundled worker entry (electron-vite's `?modulePath`). */
  workerPath: string
}

/**
 * One long-lived analytics worker, started on first use (its read-only open runs the data
 * file's quick_check once, not per job). It keeps the process alive only while jobs are
 * pending; if it dies, pending jobs fail and the next job starts a fresh one.
 */
export function createWorkerRunner(options: WorkerRunnerOptions): InsightsRunner {
  const { workerPath, ...workerData } = options
  const pending = new Map<string, Pending>()
  let worker: Worker | null = null

  const settle = (jobId: string): Pending | undefined => {
    const job = pending.get(jobId)
    pending.delete(jobId)
    if (pending.size === 0) worker?.unref()
    return job
  }
  const failAll = (source: Worker, error: Error): void => {
    if (worker === source) worker = null
    for (const jobId of [...pending.keys()]) settle(jobId)?.reject(error)
  }
  const onReply = (message: WorkerReply): void => {
    if (message.type === 'progress') return pending.get(message.jobId)?.onProgress(message.done, message.total, message.phase)
    const job = settle(message.jobId)
    if (message.type === 'done') job?.resolve(message.result)
    else job?.reject(fromWire(message.error))
  }
  const ensureWorker = (): Worker => {
    if (worker) return worker
    const started = new Worker(workerPath, { workerData: workerData satisfies AnalyticsWorkerData })
    started.on('message', onReply)
    started.on('error', (error) => failAll(started, error))
    started.on('exit', (code) => failAll(started, new Error(`analytics worker stopped (exit code ${code})`)))
    started.unref()
    worker = started
    return started
  }

  return {
    run<K extends JobKind>(req: JobRequest<K>): Promise<JobOutput<K>> {
      const target = ensureWorker()
      return new Promise<JobOutput<K>>((resolve, reject) => {
        pending.set(req.jobId, { resolve: (r) => resolve(r as JobOutput<K>), reject, onProgress: req.onProgress })
        target.ref()
        const message: JobMessage = { jobId: req.jobId, kind: req.kind, input: req.input, today: req.today }
        target.postMessage(message)
      })
    },
    async close() {
      const current = worker
      worker = null
      if (current) await current.terminate()
    },
  }
}
