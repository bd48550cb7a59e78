/**
 * The jobs worker thread: imports and exports off the main thread's event loop, on the
 * worker's OWN read-write connection. An import holds one write transaction for its whole
 * length (cancel or crash = rollback), so jobs run one at a time here; the main process
 * refuses a second writing job meanwhile (src-main/jobs/service.ts).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openDatabase } from '../db'
import { isSet } from './job-env'
import { runJob, type JobInput, type JobMessage } from './job-table'
import { toWire, type WorkerReply } from './wire'

const port = parentPort
if (!port) throw new Error('jobs.worker must run as a worker thread')
const { file, nativeBinding } = workerData as { file: string; nativeBinding?: string }
const { db } = openDatabase(file, { nativeBinding })
const reply = (message: WorkerReply): void => port.postMessage(message)
let queue: Promise<void> = Promise.resolve()

async function handle({ jobId, kind, input, cancel }: JobMessage): Promise<void> {
  try {
    // The main thread validated `input` (the channel's zod schema) before posting it.
    const result = await runJob(db, kind, input as JobInput<typeof kind>, {
      progress: (done, total, phase) => reply({ jobId, type: 'progress', done, total, phase }),
      isCancelled: () => isSet(cancel),
    })
    reply({ jobId, type: 'done', result })
  } catch (error) {
    reply({ jobId, type: 'error', error: toWire(error) })
  }
}

port.on('message', (message: JobMessage) => {
  queue = queue.then(() => handle(message))
})
