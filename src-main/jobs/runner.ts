import type { OnProgress } from './worker-thread'
import type { JobInput, JobKind, JobOutput } from './job-table'

export interface JobRequest<K extends JobKind> {
  jobId: string
  kind: K
  input: JobInput<K>
  cancel: SharedArrayBuffer
  onProgress: OnProgress
}

/** Runs long jobs on a connection of their own: a worker thread in the app, inline in unit tests. */
export interface JobRunner {
  run<K extends JobKind>(request: JobRequest<K>): Promise<JobOutput<K>>
  close(): Promise<void>
}
