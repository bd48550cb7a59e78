/** What a computation gets besides the database and its input, in the worker or inline. */
export interface JobEnv {
  /** Local date the figures are "as of", fixed by the caller so the cache key includes it. */
  today: string
  /** Reports progress in the job's own steps. */
  progress(done: number, total: number, phase?: string): void
}
