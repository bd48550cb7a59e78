import type { JobInput, JobKind, JobOutput } from '../jobs'

export interface JobRequest<K extends JobKind> {
  jobId: string
  kind: K
  input: JobInput<K>
  today: string
  onProgress(done: number, total: number, phase?: string): void
}

/** Runs heavy jobs somewhere: a worker thread in the app, the calling thread in unit tests. */
export interface InsightsRunner {
  run<K extends JobKind>(request: JobRequest<K>): Promise<JobOutput<K>>
  /** Frees the runner's resources (the worker and its connection). */
  close(): Promise<void>
}
