import { loadedNativeBinding } from '../insights/runner/native-binding'
import { runInline } from './run-inline'
import type { JobRequest, JobRunner } from './runner'
import type { JobKind, JobMessage, JobOutput } from './job-table'
import { workerThread } from './worker-thread'

/**
 * The app (Electron and the browser harness, both built by electron-vite) runs jobs in the
 * bundled jobs worker; vitest runs them inline on their own connection. The worker entry is
 * imported lazily so loading this module under vitest never touches `?modulePath`.
 */
export function defaultRunner(dataFile: string): JobRunner {
  if (process.env.VITEST) return runInline(dataFile)
  const thread = import('./worker-entry-path').then(({ default: workerPath }) =>
    workerThread({ workerPath, workerData: { file: dataFile, nativeBinding: loadedNativeBinding() }, name: 'jobs worker' }),
  )
  return {
    async run<K extends JobKind>(req: JobRequest<K>): Promise<JobOutput<K>> {
      const message: JobMessage = { jobId: req.jobId, kind: req.kind, input: req.input, cancel: req.cancel }
      return (await (await thread).post(req.jobId, message, req.onProgress)) as JobOutput<K>
    },
    close: async () => (await thread).close(),
  }
}
