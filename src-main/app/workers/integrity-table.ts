import { checkFileIntegrity } from '../../db/integrity/check-file'
import { taskTable } from '../../workers/task'

export interface IntegrityInput {
  file: string
  /** The addon the main process opened the file with (the Electron build under Electron). */
  nativeBinding?: string
  /** The data key in hex when the file is encrypted (posted to the worker, never logged). */
  key?: string
}

/**
 * The deferred `quick_check`. Access `none`: the check opens its own read-only connection,
 * because opening a damaged file is itself a finding, not a worker failure.
 */
export const integrityTable = taskTable({
  name: 'integrity',
  access: 'none',
  tasks: {
    quickCheck: (_db: null, { file, nativeBinding, key }: IntegrityInput) =>
      checkFileIntegrity(file, nativeBinding, key ? Buffer.from(key, 'hex') : undefined),
  },
})
