/** The analytics worker thread: the heavy analyses on a read-only connection (./analysis-table.ts). */
import { serveTasks } from '../workers/serve-tasks'
import { analysisTable } from './analysis-table'

serveTasks(analysisTable)
