import type Database from 'better-sqlite3'
import { exportJob } from '../csv/ipc/export-job'
import { importJob } from '../csv/ipc/import-job'
import { listExportJob } from '../csv/ipc/list-export-job'
import type { JobEnv } from './job-env'

/**
 * The long jobs, by kind. The same functions run in the jobs worker (on its own connection)
 * and inline under vitest, so what the tests check is what the app runs.
 */
export const jobTable = {
  import: importJob,
  export: exportJob,
  listExport: listExportJob,
}

export type JobKind = keyof typeof jobTable
export type JobInput<K extends JobKind> = Parameters<(typeof jobTable)[K]>[1]
export type JobOutput<K extends JobKind> = Awaited<ReturnType<(typeof jobTable)[K]>>

export async function runJob<K extends JobKind>(db: Database.Database, kind: K, input: JobInput<K>, env: JobEnv): Promise<JobOutput<K>> {
  const job = jobTable[kind] as (db: Database.Database, input: JobInput<K>, env: JobEnv) => Promise<JobOutput<K>> | JobOutput<K>
  return job(db, input, env)
}

/** What the main thread posts to the jobs worker. */
export interface JobMessage {
  jobId: string
  kind: JobKind
  input: unknown
  cancel: SharedArrayBuffer
}
