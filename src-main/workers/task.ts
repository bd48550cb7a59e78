import type Database from 'better-sqlite3'

/** What a task gets besides its connection and input, in a worker thread or inline. */
export interface TaskEnv {
  /** Reports progress in the task's own unit (bytes read, steps). */
  progress(done: number, total: number, phase?: string): void
  /** True once the caller asked to stop; a long task checks it between batches. */
  isCancelled(): boolean
  /**
   * The task's point of no return (the encryption switch's swap): false when it was cancelled
   * first (stop now); once true, a cancel is refused. Absent where the caller runs it directly.
   */
  commit?(): boolean
}

/**
 * The connection a table's tasks share: `read-write` (the jobs worker: SQLite's one writer,
 * so one task at a time), `read-only` (WAL lets it read while the main connection writes), or
 * `none` (the task opens what it needs itself, as the integrity check must).
 */
export type Access = 'read-write' | 'read-only' | 'none'
export type TaskDb<A extends Access> = A extends 'none' ? null : Database.Database

/** Long work: plain (structured-cloneable) data in and out, so it can cross a thread. */
export type Task<A extends Access, I, O> = (db: TaskDb<A>, input: I, env: TaskEnv) => O | Promise<O>

// `never` parameters accept any task; a table's own type keeps each task's input and output.
type AnyTask = (db: never, input: never, env: TaskEnv) => unknown

/** The tasks one worker serves, by name, and the connection they run on. */
export interface TaskTable<A extends Access = Access, T extends Record<string, AnyTask> = Record<string, AnyTask>> {
  /** Names the worker: its entry is `<name>.worker.ts`, its errors say "<name> worker". */
  name: string
  access: A
  tasks: T
}

/** Declares a table; every task must accept the connection its access gives. */
export const taskTable = <A extends Access, T extends { [K in keyof T]: Task<A, never, unknown> }>(
  table: TaskTable<A, T>,
): TaskTable<A, T> => table

export type TaskName<T extends TaskTable> = keyof T['tasks'] & string
export type TaskInput<T extends TaskTable, K extends TaskName<T>> = Parameters<T['tasks'][K]>[1]
export type TaskOutput<T extends TaskTable, K extends TaskName<T>> = Awaited<ReturnType<T['tasks'][K]>>

/** Runs one task of `table` here, on `db`: what the worker does, and what inline runs do. */
export function runTask<T extends TaskTable, K extends TaskName<T>>(
  table: T,
  db: TaskDb<T['access']>,
  name: K,
  input: TaskInput<T, K>,
  env: TaskEnv,
): TaskOutput<T, K> | Promise<TaskOutput<T, K>> {
  if (!Object.hasOwn(table.tasks, name)) throw new Error(`the ${table.name} worker has no task "${name}"`)
  const task = table.tasks[name] as unknown as Task<T['access'], TaskInput<T, K>, TaskOutput<T, K>>
  return task(db, input, env)
}
