/** The integrity worker thread: the deferred quick_check of the data file (./integrity-table.ts). */
import { serveTasks } from '../../workers/serve-tasks'
import { integrityTable } from './integrity-table'

serveTasks(integrityTable)
