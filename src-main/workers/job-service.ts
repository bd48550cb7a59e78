import { AppError } from '../../src-shared/ipc/app-error'
import type { EventPayload } from '../../src-shared/ipc'
import type { Task, TaskTable } from './task'
import type { RunningTask, TaskRunner } from './task-runner'

/** A task of the jobs table (read-write connection). */
export type JobTask<I, O> = Task<'read-write', I, O>

export interface JobOptions {
  /** The `kind` of its `job.progress` events. */
  label: string
  /** Holds SQLite's one write lock for its whole length (an import). */
  writes: boolean
}

/** `ctx.jobs`: long jobs the user starts, follows (`job.progress`) and may cancel (`jobs.cancel`). */
export interface JobService {
  /** Runs `task` (a function of the jobs table) as job `jobId`, cancellable by that id until it ends. */
  run<I, O>(task: JobTask<I, O>, jobId: string, input: I, options: JobOptions): Promise<O>
  /**
   * Makes a task started on another runner (an analysis) cancellable by `jobs.cancel` as job
   * `jobId` until it settles; it reads only, so it never holds up writes. Returns its result.
   */
  follow<O>(jobId: string, task: RunningTask<O>): Promise<O>
  /** Asks a running job to stop; false when it is not running (already ended, or unknown). */
  cancel(jobId: string): boolean
  /** Throws `job_busy` while a writing job holds the data file's write lock. */
  assertNoWritingJob(): void
  /** True when no job runs (closing the backend now would cut none short). */
  isIdle(): boolean
}

/** Told when a writing job starts and when it ends, so the main connection stops writing meanwhile. */
export type OnWriting = (writing: boolean) => void

interface Running {
  cancel(): void
  writes: boolean
}

/**
 * Jobs over the jobs runner. WAL allows one writer: while a writing job (an import, an undo)
 * runs, another one is refused with `job_busy`, and `onWriting` makes the main connection refuse
 * writes at once instead of waiting on the lock (db/one-writer.ts). Callers name the task by its function, so a
 * domain's handler types its input and result without the kernel knowing the table.
 */
export function createJobService(
  runner: TaskRunner<TaskTable<'read-write'>>,
  progress: (payload: EventPayload<'job.progress'>) => void,
  onWriting: OnWriting = () => undefined,
): JobService {
  const names = new Map<unknown, string>(Object.entries(runner.table.tasks).map(([name, task]) => [task, name]))
  const running = new Map<string, Running>()
  // Analyses started on other runners: cancellable here, but not jobs — a shop switch waits
  // for them as for any call in flight instead of being refused.
  const followed = new Map<string, () => void>()
  const assertNoWritingJob = (): void => {
    for (const job of running.values()) if (job.writes) throw new AppError('job_busy')
  }
  return {
    async run<I, O>(task: JobTask<I, O>, jobId: string, input: I, { label, writes }: JobOptions): Promise<O> {
      const name = names.get(task)
      if (name === undefined) throw new Error(`${task.name} is not a task of the ${runner.table.name} table`)
      if (running.has(jobId)) throw new AppError('job_busy')
      if (writes) assertNoWritingJob()
      if (writes) onWriting(true)
      try {
        const job = runner.start(name, input as never, (done, total, phase) =>
          progress({ jobId, kind: label, done, total, phase }),
        )
        running.set(jobId, { cancel: job.cancel, writes })
        return (await job.result) as O
      } finally {
        running.delete(jobId)
        if (writes) onWriting(false)
      }
    },
    follow(jobId, task) {
      followed.set(jobId, task.cancel)
      return task.result.finally(() => followed.delete(jobId))
    },
    cancel(jobId) {
      const cancel = running.get(jobId)?.cancel ?? followed.get(jobId)
      cancel?.()
      return cancel !== undefined
    },
    assertNoWritingJob,
    isIdle: () => running.size === 0,
  }
}
