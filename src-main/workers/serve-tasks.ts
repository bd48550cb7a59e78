import { parentPort, workerData } from 'node:worker_threads'
import { explainSqliteError } from '../ipc/sqlite-errors'
import { commit, isSet } from './cancel-flag'
import { toWire, type TaskMessage, type WorkerReply, type WorkerStart } from './protocol'
import { runTask, type TaskDb, type TaskName, type TaskTable } from './task'
import { openTaskConnection } from './task-connection'

/**
 * The body of every task worker (`<name>.worker.ts` is just `serveTasks(table)`): opens the
 * table's connection once, then runs the posted tasks one at a time — a read-write worker's
 * task may hold SQLite's one write lock for its whole length — replying progress, then the
 * result or the error as data. A connection that cannot open is `fatal`: the main thread
 * fails the waiting tasks with that error (translated, e.g. a damaged file) and the worker ends.
 */
export function serveTasks<T extends TaskTable>(table: T): void {
  const port = parentPort
  if (!port) throw new Error(`${table.name}.worker must run as a worker thread`)
  const reply = (message: WorkerReply): void => port.postMessage(message)
  const { file, nativeBinding, key } = workerData as WorkerStart
  let db: TaskDb<T['access']>
  try {
    db = openTaskConnection(table.access, file, nativeBinding, key ? Buffer.from(key, 'hex') : undefined) as TaskDb<T['access']>
  } catch (error) {
    reply({ type: 'fatal', error: toWire(error) })
    port.close()
    return
  }

  const handle = async ({ taskId, task, input, cancel }: TaskMessage): Promise<void> => {
    try {
      // The main thread validated `input` (the channel's zod schema) before posting it.
      const result = await runTask(table, db, task as TaskName<T>, input as never, {
        progress: (done, total, phase) => reply({ taskId, type: 'progress', done, total, phase }),
        isCancelled: () => isSet(cancel),
        commit: () => commit(cancel),
      })
      reply({ taskId, type: 'done', result })
    } catch (error) {
      // A SQLite failure a person can act on (locked, disk full) crosses as its translated code,
      // as it does when the same task runs inline and the registrar explains it.
      reply({ taskId, type: 'error', error: toWire(explainSqliteError(error, file) ?? error) })
    }
  }
  let queue = Promise.resolve()
  port.on('message', (message: TaskMessage) => {
    queue = queue.then(() => handle(message))
  })
}
