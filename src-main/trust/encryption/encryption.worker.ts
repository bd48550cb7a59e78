/** The encryption worker thread: a closed data file converted to encrypted or plain (./encryption-table.ts). */
import { serveTasks } from '../../workers/serve-tasks'
import { encryptionTable } from './encryption-table'

serveTasks(encryptionTable)
