import { Worker } from 'node:worker_threads'
import { AppError } from '../../src-shared/ipc/app-error'
import { fromWire, type TaskMessage, type WorkerReply } from './protocol'

export type OnProgress = (done: number, total: number, phase?: string) => void

interface Pending {
  resolve(result: unknown): void
  reject(error: Error): void
  onProgress: OnProgress
}

/** One started thread and the tasks posted to it (they die with it). */
interface Instance {
  worker: Worker
  pending: Map<string, Pending>
  /** Ends the thread once it has been idle for `idleMs`. */
  idle?: NodeJS.Timeout
}

/** One long-lived worker thread answering `TaskMessage`s with `WorkerReply`s. */
export interface WorkerThread {
  post(message: TaskMessage, onProgress: OnProgress): Promise<unknown>
  /** Stops the worker (a task in flight fails; its transaction dies with its connection). */
  close(): Promise<void>
}

export interface WorkerThreadOptions {
  /** The bundled worker entry (electron-vite's `?modulePath`). */
  workerPath: string
  workerData: unknown
  /** For error messages: "analytics worker", "jobs worker". */
  name: string
  /**
   * Ends the thread after this long without a task (the next task starts a fresh one), so
   * its heap and its connection's page cache go back to the OS. Absent: it lives until closed.
   */
  idleMs?: number
  /**
   * Caps the thread's JS heap (V8's old generation): a runaway task fails with
   * `worker_out_of_memory` and only its thread ends, instead of the app swelling until the OS
   * swaps. Absent: V8's default, which grows with the machine's memory.
   */
  heapLimitMb?: number
}

/**
 * Started on first use (its open runs the data file's checks once, not per task). It keeps the
 * process alive only while tasks are pending, and ends after `idleMs` without one. If it dies —
 * a crash, or `fatal` when its connection cannot open — the tasks posted to it fail, and the
 * next task starts a fresh one. Once closed it refuses new tasks, so nothing restarts a worker
 * after the backend closed.
 */
export function workerThread({ workerPath, workerData, name, idleMs, heapLimitMb }: WorkerThreadOptions): WorkerThread {
  let current: Instance | null = null
  let closed = false

  const start = (): Instance => {
    const resourceLimits = heapLimitMb === undefined ? undefined : { maxOldGenerationSizeMb: heapLimitMb }
    const instance: Instance = { worker: new Worker(workerPath, { workerData, resourceLimits }), pending: new Map() }
    const { worker, pending } = instance
    const settle = (taskId: string): Pending | undefined => {
      const task = pending.get(taskId)
      pending.delete(taskId)
      if (pending.size === 0) {
        worker.unref()
        if (idleMs !== undefined) instance.idle = setTimeout(retire, idleMs).unref()
      }
      return task
    }
    // Forgotten before it is told to stop, so a task posted meanwhile starts a fresh thread.
    const retire = (): void => {
      if (current === instance) current = null
      void worker.terminate()
    }
    const die = (error: Error): void => {
      if (current === instance) current = null
      for (const taskId of [...pending.keys()]) settle(taskId)?.reject(error)
    }
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'fatal') {
        die(fromWire(reply.error, name))
        void worker.terminate()
      } else if (reply.type === 'progress') pending.get(reply.taskId)?.onProgress(reply.done, reply.total, reply.phase)
      else if (reply.type === 'done') settle(reply.taskId)?.resolve(reply.result)
      else settle(reply.taskId)?.reject(fromWire(reply.error, name))
    })
    worker.on('error', (error: Error & { code?: string }) =>
      die(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new AppError('worker_out_of_memory', { limitMb: heapLimitMb ?? 0 }) : error,
      ),
    )
    worker.on('exit', (code) => die(new Error(`${name} stopped (exit code ${code})`)))
    worker.unref()
    return instance
  }

  return {
    post(message, onProgress) {
      if (closed) return Promise.reject(new Error(`${name} is closed`))
      const instance = (current ??= start())
      const { worker, pending } = instance
      clearTimeout(instance.idle)
      return new Promise((resolve, reject) => {
        pending.set(message.taskId, { resolve, reject, onProgress })
        worker.ref()
        worker.postMessage(message)
      })
    },
    async close() {
      closed = true
      const instance = current
      current = null
      clearTimeout(instance?.idle)
      if (instance) await instance.worker.terminate()
    },
  }
}
