import type Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import type { HandlerContext } from '../ipc/context'
import { defaultRunner } from './default-runner'
import { newCancelFlag, setCancelled } from './job-env'
import type { JobInput, JobKind, JobOutput } from './job-table'
import type { JobRunner } from './runner'

interface Running {
  cancel: SharedArrayBuffer
  /** Holds SQLite's one write lock for its whole length (an import). */
  writes: boolean
}

interface Jobs {
  runner: JobRunner
  running: Map<string, Running>
}

// One per open data file; dropped with its connection.
const services = new WeakMap<Database.Database, Jobs>()

function jobsFor(ctx: HandlerContext): Jobs {
  let jobs = services.get(ctx.db)
  if (!jobs) services.set(ctx.db, (jobs = { runner: defaultRunner(ctx.dataFile), running: new Map() }))
  return jobs
}

export interface StartOptions {
  /** The `kind` of its `job.progress` events. */
  label: string
  writes: boolean
}

/**
 * Runs a job through the runner with `job.progress` events, cancellable by id until it
 * ends. WAL allows one writer: while a writing job (an import) runs, another one, and an
 * undo on the main connection, are refused with `job_busy` instead of waiting on the lock.
 */
export async function runJobFor<K extends JobKind>(
  ctx: HandlerContext,
  jobId: string,
  kind: K,
  input: JobInput<K>,
  options: StartOptions,
): Promise<JobOutput<K>> {
  const { runner, running } = jobsFor(ctx)
  if (running.has(jobId)) throw new AppError('job_busy')
  if (options.writes) assertNoWritingJob(ctx)
  const cancel = newCancelFlag()
  running.set(jobId, { cancel, writes: options.writes })
  try {
    const onProgress = (done: number, total: number, phase?: string): void =>
      ctx.emit('job.progress', { jobId, kind: options.label, done, total, phase })
    return await runner.run({ jobId, kind, input, cancel, onProgress })
  } finally {
    running.delete(jobId)
  }
}

/** Asks a running job to stop; false when it is not running (already ended, or unknown). */
export function cancelJob(ctx: HandlerContext, jobId: string): boolean {
  const job = jobsFor(ctx).running.get(jobId)
  if (!job) return false
  setCancelled(job.cancel)
  return true
}

/** Throws `job_busy` while a writing job holds the data file's write lock. */
export function assertNoWritingJob(ctx: HandlerContext): void {
  for (const job of jobsFor(ctx).running.values()) if (job.writes) throw new AppError('job_busy')
}
