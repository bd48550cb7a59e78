import { openDatabase } from '../db'
import { isSet } from './job-env'
import { runJob, type JobKind, type JobOutput } from './job-table'
import type { JobRequest, JobRunner } from './runner'

/**
 * Runs each job in the calling thread on a fresh connection of its own, opened for the job
 * and closed after it: the same isolation as the worker (the job's transaction is never
 * shared with the main connection), minus the thread. Vitest runs TypeScript sources, where
 * no bundled worker exists; an import still yields to the event loop between batches.
 */
export function runInline(dataFile: string): JobRunner {
  let queue: Promise<unknown> = Promise.resolve()
  return {
    run<K extends JobKind>(req: JobRequest<K>): Promise<JobOutput<K>> {
      const job = queue.then(async (): Promise<JobOutput<K>> => {
        const { db } = openDatabase(dataFile)
        try {
          return await runJob(db, req.kind, req.input, { progress: req.onProgress, isCancelled: () => isSet(req.cancel) })
        } finally {
          db.close()
        }
      })
      queue = job.catch(() => undefined)
      return job
    },
    close: async () => undefined,
  }
}
