import type Database from 'better-sqlite3'
import { computeBundles } from './compute/bundles'
import { computeChurn } from './compute/churn'
import { computeClusters } from './compute/clusters'
import { computeForecast } from './compute/forecast'
import type { JobEnv } from './compute/job-env'
import { computeRfm } from './compute/rfm-segments'

/**
 * The heavy computations, by kind. The same functions run in the analytics worker (on its
 * read-only connection) and inline (tests), so what the tests check is what the app runs.
 */
export const heavyJobs = {
  forecast: computeForecast,
  churn: computeChurn,
  rfm: computeRfm,
  clusters: computeClusters,
  bundles: computeBundles,
}

export type JobKind = keyof typeof heavyJobs
export type JobInput<K extends JobKind> = Parameters<(typeof heavyJobs)[K]>[1]
export type JobOutput<K extends JobKind> = ReturnType<(typeof heavyJobs)[K]>

export function runJob<K extends JobKind>(db: Database.Database, kind: K, input: JobInput<K>, env: JobEnv): JobOutput<K> {
  const job = heavyJobs[kind] as (db: Database.Database, input: JobInput<K>, env: JobEnv) => JobOutput<K>
  return job(db, input, env)
}
