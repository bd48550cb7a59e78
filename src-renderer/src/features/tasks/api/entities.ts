import type { DataEntity } from '../../../../../src-shared/ipc'

/** What a task list shows: tasks, and the names of the records they are on. */
export const TASK_ENTITIES: readonly DataEntity[] = ['tasks', 'customers', 'deals', 'orders', 'tickets', 'pipeline_stages']
