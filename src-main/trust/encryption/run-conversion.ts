import { statSync } from 'node:fs'
import type { EventPayload } from '../../../src-shared/ipc'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { ConversionPhase } from '../../../src-shared/ipc/channels/security'
import { dataFilePath } from '../../db'
import type { DataKey } from '../../db/cipher'
import { loadedNativeBinding } from '../../workers/native-binding'
import { fileTaskRunner, type WorkerHostOptions } from '../../workers/worker-host'
import { conversionCopy, removeConversionCopy } from './convert-file'
import { encryptionTable } from './encryption-table'

export interface ConversionStart {
  dataDir: string
  on: boolean
  key: DataKey
  /** Names the `job.progress` events and what `jobs.cancel` stops. */
  jobId: string
  progress(payload: EventPayload<'job.progress'>): void
  mode?: WorkerHostOptions['mode']
  entryPath?: WorkerHostOptions['entryPath']
}

export interface ConversionRun {
  /** Settles once the worker is gone and no half copy is left; `encryption_cancelled` after a cancel. */
  result: Promise<void>
  /** Stops it before the swap; false from the swap on (it finishes). */
  cancel(): boolean
}

/** The `kind` of a conversion's `job.progress` events. */
export const CONVERSION_JOB = 'security.encryption'

/**
 * Where each step of the data file's conversion starts and ends on the bar (thousandths): their
 * shares of the time on a seeded shop (30,000 customers, 172 MB: copy 0.7 s, re-key 2.0 s, full
 * check 3.2 s, swap 0.1 s). The copy moves smoothly (its file's growth); the re-key and the
 * check are one SQLite statement each and report nothing while they run.
 */
const SPAN: Record<Exclude<ConversionPhase, 'backups'>, [number, number]> = {
  copying: [0, 150],
  encrypting: [150, 450],
  decrypting: [150, 450],
  checking: [450, 970],
  swapping: [970, 1000],
}
const WATCH_MS = 200

/**
 * Turns encryption on or off for the closed data file in a worker thread of its own, started
 * here rather than by a backend (the backend and its workers are closed while the file is
 * swapped). Progress goes out as `job.progress` in thousandths of the data file's conversion
 * (the plain backups then, as `backups`, one of n). Cancel sets the task's flag and ends the
 * thread — a statement in flight (the copy, the check) finishes first — then the half copy is
 * removed: the original was only read, so it is exactly as it was.
 */
export function startConversion(start: ConversionStart): ConversionRun {
  const { dataDir, on, key, jobId, progress } = start
  const file = dataFilePath(dataDir)
  const runner = fileTaskRunner(encryptionTable, () => import('./encryption-worker-path'), {
    dataFile: file,
    mode: start.mode,
    entryPath: start.entryPath,
  })
  let watch: NodeJS.Timeout | undefined
  const report = (phase: ConversionPhase, done: number, total: number): void => {
    if (phase === 'backups') return progress({ jobId, kind: CONVERSION_JOB, done, total, phase })
    const [from, to] = SPAN[phase]
    const share = total > 0 ? Math.min(done / total, 1) : 0
    progress({ jobId, kind: CONVERSION_JOB, done: Math.round(from + (to - from) * share), total: 1000, phase })
  }
  const task = runner.start(
    'convert',
    { dataDir, on, key: key.toString('hex'), nativeBinding: loadedNativeBinding() },
    (done, total, phase) => {
      clearInterval(watch)
      report(phase as ConversionPhase, done, total)
      if (phase === 'copying') watch = setInterval(() => report('copying', sizeOf(conversionCopy(file)), total), WATCH_MS)
    },
  )
  let cancelled = false
  const result = task.result.then(
    () => undefined,
    (error: unknown) => {
      throw cancelled ? new AppError('encryption_cancelled') : error
    },
  )
  return {
    result: result.finally(async () => {
      clearInterval(watch)
      await runner.close()
      removeConversionCopy(file)
    }),
    cancel() {
      if (!task.cancel()) return false
      cancelled = true
      void runner.close()
      return true
    },
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}
