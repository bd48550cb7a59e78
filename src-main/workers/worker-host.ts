import type Database from 'better-sqlite3'
import type { DataKey } from '../db/cipher'
import { loadedNativeBinding } from './native-binding'
import { runInline } from './run-inline'
import { runInWorker } from './run-in-worker'
import type { TaskTable } from './task'
import type { TaskRunner } from './task-runner'

/** Where tasks run: worker threads (the built app), or this thread (vitest, tools run from sources). */
export type WorkerMode = 'thread' | 'inline'

/** The built app is bundled by electron-vite, which makes worker entries; vitest runs sources. */
const defaultWorkerMode = (): WorkerMode => (process.env.VITEST ? 'inline' : 'thread')

/**
 * A worker thread ends after this long without a task: its heap and its connection's page
 * cache go back to the OS, and the next task pays a fresh start (~0.1 s for the analytics
 * worker). Short, because a dashboard asks for its analyses together and the results are
 * cached in the main process until the data changes (src-main/insights/README.md).
 */
export const WORKER_IDLE_MS = 10_000

/**
 * The JS heap a worker thread may grow to. Far above what the heaviest task needs (the
 * `memory` bench group: analyses of a 1M-line shop, the Online Retail import, a 1M-line
 * export), so it only stops a runaway task before it takes the laptop's memory.
 */
export const WORKER_HEAP_LIMIT_MB = 512

/** A worker entry as electron-vite builds it: `() => import('./x-worker-path')` (see ./module-path.d.ts). */
export type WorkerEntry = () => Promise<{ default: string }>

export interface WorkerHostOptions {
  dataFile: string
  /** The main connection (inline read-only tasks run on it). */
  db: Database.Database
  /** The data key when the file is encrypted: each worker gets it in its workerData. */
  dataKey?: DataKey
  mode?: WorkerMode
  /** Overrides where a table's built worker file is (tests point at `out/main/chunks`). */
  entryPath?: (table: TaskTable) => Promise<string>
  /** How long a worker thread may sit idle before it ends; defaults to `WORKER_IDLE_MS`. */
  idleMs?: number
  /** The JS heap a worker thread may grow to; defaults to `WORKER_HEAP_LIMIT_MB`. */
  heapLimitMb?: number
}

/** The one place a backend gets task runners from, so closing it stops every worker. */
export interface WorkerHost {
  readonly mode: WorkerMode
  /**
   * The data key when the file is encrypted: tasks that open files of their own (access `none`:
   * the data file's backups, which share its key) get it in their input, as hex.
   */
  readonly dataKey?: DataKey
  /** A runner for `table`: its bundled worker `entry` in thread mode, this thread otherwise. */
  runner<T extends TaskTable>(table: T, entry: WorkerEntry): TaskRunner<T>
  /** Stops every runner it made; their pending tasks fail, later ones are refused. */
  close(): Promise<void>
}

export function createWorkerHost(options: WorkerHostOptions): WorkerHost {
  const mode = options.mode ?? defaultWorkerMode()
  const runners = new Set<TaskRunner<TaskTable>>()
  let closed = false
  return {
    mode,
    dataKey: options.dataKey,
    runner(table, entry) {
      if (closed) throw new Error(`the workers of ${options.dataFile} are closed`)
      const runner = makeRunner(table, entry, { ...options, mode })
      runners.add(runner)
      return runner
    },
    async close() {
      closed = true
      await Promise.all([...runners].map((runner) => runner.close()))
    },
  }
}

/**
 * A runner for a table whose tasks open their own files (access `none`) outside any backend:
 * the encryption switch, which runs while the backend and its workers are closed. The same
 * modes as a backend's runners; the caller closes it.
 */
export function fileTaskRunner<T extends TaskTable<'none'>>(
  table: T,
  entry: WorkerEntry,
  options: Pick<WorkerHostOptions, 'dataFile' | 'mode' | 'entryPath'>,
): TaskRunner<T> {
  return makeRunner(table, entry, options)
}

type RunnerOptions = Omit<WorkerHostOptions, 'db'> & { db?: WorkerHostOptions['db'] }

function makeRunner<T extends TaskTable>(table: T, entry: WorkerEntry, options: RunnerOptions): TaskRunner<T> {
  const { entryPath } = options
  const workerPath = entryPath ? () => entryPath(table) : async () => (await entry()).default
  return (options.mode ?? defaultWorkerMode()) === 'inline'
    ? runInline(table, options)
    : runInWorker(
        table,
        workerPath,
        { file: options.dataFile, nativeBinding: loadedNativeBinding(), key: options.dataKey?.toString('hex') },
        { idleMs: options.idleMs ?? WORKER_IDLE_MS, heapLimitMb: options.heapLimitMb ?? WORKER_HEAP_LIMIT_MB },
      )
}
