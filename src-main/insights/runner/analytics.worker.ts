/**
 * The analytics worker thread: one read-only connection to the data file (WAL lets it read
 * while the main process writes), jobs one at a time, progress and results as messages.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openDatabase } from '../../db'
import { runJob, type JobInput } from '../jobs'
import { toWire, type WorkerReply } from '../../jobs/wire'
import type { AnalyticsWorkerData, JobMessage } from './worker-protocol'

const port = parentPort
if (!port) throw new Error('analytics.worker must run as a worker thread')
const { file, nativeBinding } = workerData as AnalyticsWorkerData
const { db } = openDatabase(file, { readonly: true, nativeBinding })
const reply = (message: WorkerReply): void => port.postMessage(message)

port.on('message', ({ jobId, kind, input, today }: JobMessage) => {
  try {
    const progress = (done: number, total: number, phase?: string): void =>
      reply({ jobId, type: 'progress', done, total, phase })
    // The main thread validated `input` with the channel's schema before posting it.
    const result = runJob(db, kind, input as JobInput<typeof kind>, { today, progress })
    reply({ jobId, type: 'done', result })
  } catch (error) {
    reply({ jobId, type: 'error', error: toWire(error) })
  }
})
