import { call } from '../../lib/ipc'
import { startQuestion } from '../../lib/start-question'

/** Whether the data file is open (or waits for a first-run choice or an unlock): asked by ../../boot.ts. */
export const securityStatus = startQuestion(() => call('security.status', {}))
