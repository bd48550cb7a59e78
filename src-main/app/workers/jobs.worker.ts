/** The jobs worker thread: imports and exports off the main thread (./job-table.ts). */
import { serveTasks } from '../../workers/serve-tasks'
import { jobTable } from './job-table'

serveTasks(jobTable)
