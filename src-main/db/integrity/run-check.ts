import { setImmediate as nextTurn } from 'node:timers/promises'
import { workerThread } from '../../jobs/worker-thread'
import { checkFileIntegrity, type IntegrityResult } from './check-file'

export interface IntegrityWorkerData {
  file: string
  nativeBinding?: string
}

/** Runs the check somewhere and resolves with its result; `cancel` stops a worker early. */
export interface IntegrityRun {
  result: Promise<IntegrityResult>
  cancel(): Promise<void>
}

/** In the built app: a worker thread, so the main process keeps answering while it reads. */
export function checkInWorker(data: IntegrityWorkerData): IntegrityRun {
  const thread = import('./worker-entry-path').then(({ default: workerPath }) =>
    workerThread({ workerPath, workerData: data, name: 'integrity check' }),
  )
  const result = thread.then(async (worker) => {
    try {
      return (await worker.post('integrity', { jobId: 'integrity' }, () => undefined)) as IntegrityResult
    } finally {
      await worker.close()
    }
  })
  return { result, cancel: async () => (await thread).close() }
}

/**
 * In tests and tools run from TypeScript sources (vitest, vite-node), where no bundled worker
 * exists: the same check on this thread, after the current turn, so whatever the caller does
 * right after opening (serving the first page) still goes first.
 */
export function checkInline(data: IntegrityWorkerData): IntegrityRun {
  const result = nextTurn().then(() => checkFileIntegrity(data.file, data.nativeBinding))
  return { result, cancel: async () => undefined }
}
