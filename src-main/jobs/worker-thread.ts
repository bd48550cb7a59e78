import { Worker } from 'node:worker_threads'
import { fromWire, type WorkerReply } from './wire'

export type OnProgress = (done: number, total: number, phase?: string) => void

interface Pending {
  resolve(result: unknown): void
  reject(error: Error): void
  onProgress: OnProgress
}

/** One long-lived worker thread that answers `{ jobId, … }` messages with `WorkerReply`s. */
export interface WorkerThread {
  post(jobId: string, message: { jobId: string }, onProgress: OnProgress): Promise<unknown>
  /** Stops the worker (a job in flight fails; its transaction dies with its connection). */
  close(): Promise<void>
}

export interface WorkerThreadOptions {
  /** The bundled worker entry (electron-vite's `?modulePath`). */
  workerPath: string
  workerData: unknown
  /** For error messages: "analytics worker", "jobs worker". */
  name: string
}

/**
 * Started on first use (its open runs the data file's checks once, not per job). It keeps
 * the process alive only while jobs are pending; if it dies, pending jobs fail and the next
 * job starts a fresh one. Shared by the analytics and the import/export runners.
 */
export function workerThread({ workerPath, workerData, name }: WorkerThreadOptions): WorkerThread {
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
    else job?.reject(fromWire(message.error, name))
  }
  const ensureWorker = (): Worker => {
    if (worker) return worker
    const started = new Worker(workerPath, { workerData })
    started.on('message', onReply)
    started.on('error', (error) => failAll(started, error))
    started.on('exit', (code) => failAll(started, new Error(`${name} stopped (exit code ${code})`)))
    started.unref()
    worker = started
    return started
  }

  return {
    post(jobId, message, onProgress) {
      const target = ensureWorker()
      return new Promise((resolve, reject) => {
        pending.set(jobId, { resolve, reject, onProgress })
        target.ref()
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
