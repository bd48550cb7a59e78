/** What an analysis gets besides the database and its input, in the worker or inline. */
export interface AnalysisEnv {
  /** Local date the figures are "as of", fixed by the caller so the cache key includes it. */
  today: string
  /** Reports progress in the analysis's own steps. */
  progress(done: number, total: number, phase?: string): void
}
