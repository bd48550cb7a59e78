/**
 * Worker thread for the deferred integrity check: one `{ jobId }` message, one reply with an
 * `IntegrityResult`, over the jobs wire format (src-main/jobs/wire.ts).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { toWire, type WorkerReply } from '../../jobs/wire'
import { checkFileIntegrity } from './check-file'
import type { IntegrityWorkerData } from './run-check'

const port = parentPort
if (!port) throw new Error('integrity.worker must run as a worker thread')
const { file, nativeBinding } = workerData as IntegrityWorkerData

port.on('message', ({ jobId }: { jobId: string }) => {
  let reply: WorkerReply
  try {
    reply = { jobId, type: 'done', result: checkFileIntegrity(file, nativeBinding) }
  } catch (error) {
    reply = { jobId, type: 'error', error: toWire(error) }
  }
  port.postMessage(reply)
})
