import type Database from 'better-sqlite3'
import { runJob } from '../jobs'
import type { InsightsRunner } from './runner'

/**
 * Runs jobs on the given connection in the calling thread. For tests and tools only: in the
 * app it would block the main process's event loop for the length of a model fit.
 */
export function runInline(db: Database.Database): InsightsRunner {
  return {
    run: async (req) => runJob(db, req.kind, req.input, { today: req.today, progress: req.onProgress }),
    close: async () => undefined,
  }
}
