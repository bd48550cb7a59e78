import { setImmediate as nextTurn } from 'node:timers/promises'
import type Database from 'better-sqlite3'
import type { DataKey } from '../db/cipher'
import { commit, isSet, newCancelFlag, setCancelled } from './cancel-flag'
import { runTask, type TaskDb, type TaskInput, type TaskName, type TaskOutput, type TaskTable } from './task'
import { closeTaskConnection, openTaskConnection } from './task-connection'
import type { TaskRunner } from './task-runner'
import type { OnProgress } from './worker-thread'

export interface InlineOptions {
  dataFile: string
  /**
   * The main connection: read-only tasks share it, as nothing here can block it for long.
   * Absent outside a backend, where only tables that open their own files (`none`) run.
   */
  db?: Database.Database
  /** The data key when the file is encrypted. */
  dataKey?: DataKey
}

/**
 * A table's tasks on this thread, for vitest and tools run from TypeScript sources, where no
 * bundled worker exists. Same tasks, same one-at-a-time order, progress and cancel. Each task
 * waits for the next turn of the event loop (what the caller does right after starting it,
 * such as serving the first page, goes first), and a read-write task gets a connection of its
 * own for its length, so its transaction is never the main connection's.
 */
export function runInline<T extends TaskTable>(table: T, { dataFile, db, dataKey }: InlineOptions): TaskRunner<T> {
  const connect = (): TaskDb<T['access']> => {
    if (table.access !== 'read-only') return openTaskConnection(table.access, dataFile, undefined, dataKey) as TaskDb<T['access']>
    if (!db) throw new Error(`the ${table.name} tasks read the main connection, and there is none here`)
    return db as TaskDb<T['access']>
  }
  let queue: Promise<unknown> = Promise.resolve()
  let closed = false
  return {
    table,
    start<K extends TaskName<T>>(name: K, input: TaskInput<T, K>, onProgress: OnProgress = () => undefined) {
      const cancel = newCancelFlag()
      const result = queue.then(async (): Promise<TaskOutput<T, K>> => {
        if (closed) throw new Error(`${table.name} runner is closed`)
        await nextTurn()
        const conn = connect()
        try {
          return await runTask(table, conn, name, input, {
            progress: onProgress,
            isCancelled: () => isSet(cancel),
            commit: () => commit(cancel),
          })
        } finally {
          if (conn !== db) closeTaskConnection(conn)
        }
      })
      queue = result.catch(() => undefined)
      return { result, cancel: () => setCancelled(cancel) }
    },
    close: async () => void (closed = true),
  }
}
