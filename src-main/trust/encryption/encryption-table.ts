import type { TaskEnv } from '../../workers/task'
import { taskTable } from '../../workers/task'
import type { ConversionReport } from './convert-file'
import { turnEncryptionOff, turnEncryptionOn } from './encryption-switch'

export interface ConversionInput {
  dataDir: string
  /** Encrypt (true) or decrypt (false) the closed data file. */
  on: boolean
  /** The data key (hex), as the backup tasks get it: in the thread's memory only. */
  key: string
  /** The better-sqlite3 addon the main process loaded (the Electron-ABI build under Electron). */
  nativeBinding?: string
}

/**
 * Turning encryption on or off off the main thread: at 100,000 customers the copy, re-key and
 * full check of a ~460 MB file take tens of seconds. Access `none`: the task opens the files
 * itself (the backend that would own a connection is closed for it). Its steps are the
 * progress phases; a cancel is taken between steps until the swap (`env.commit`).
 */
export const encryptionTable = taskTable({
  name: 'encryption',
  access: 'none',
  tasks: {
    convert: (_db: null, input: ConversionInput, env: TaskEnv) => convertShop(input, env),
  },
})

function convertShop({ dataDir, on, key, nativeBinding }: ConversionInput, env: TaskEnv): ConversionReport | null {
  const dataKey = Buffer.from(key, 'hex')
  const options = {
    nativeBinding,
    onStep: (phase: string, done = 0, total = 0) => env.progress(done, total, phase),
    isCancelled: () => env.isCancelled(),
    commit: () => env.commit?.() ?? !env.isCancelled(),
  }
  return on ? turnEncryptionOn(dataDir, dataKey, options) : turnEncryptionOff(dataDir, dataKey, options)
}
