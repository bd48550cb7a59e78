/** The backup worker thread: checked copies and row counts (./backup-table.ts). */
import { serveTasks } from '../../workers/serve-tasks'
import { backupTable } from './backup-table'

serveTasks(backupTable)
