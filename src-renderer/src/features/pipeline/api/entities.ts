import type { DataEntity } from '../../../../../src-shared/ipc'

/** Tables whose changes alter the board: deals, stages, follow-up tasks, customer names. */
export const BOARD_ENTITIES: readonly DataEntity[] = ['deals', 'pipeline_stages', 'tasks', 'customers']
/** A deal's page also shows its notes and history. */
export const DEAL_ENTITIES: readonly DataEntity[] = [...BOARD_ENTITIES, 'activities']
/** Stage settings and the lost-reason presets. */
export const SETTINGS_ENTITIES: readonly DataEntity[] = ['pipeline_stages', 'lost_reasons', 'deals']
/** The funnel and the forecast read orders, deals and their history. */
export const INSIGHT_ENTITIES: readonly DataEntity[] = ['deals', 'pipeline_stages', 'orders']
