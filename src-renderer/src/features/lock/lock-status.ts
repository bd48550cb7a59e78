import { call } from '../../lib/ipc'
import { startQuestion } from '../../lib/start-question'

/** Whether the app is locked: asked by ../../boot.ts, taken by the lock gate. */
export const lockStatus = startQuestion(() => call('lock.status', {}))
