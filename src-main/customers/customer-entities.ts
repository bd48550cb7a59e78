import type { DataEntity } from '../../src-shared/ipc'

/**
 * The tables that hold a customer's rows: what moving a customer's records (a merge or its
 * undo), purging them or erasing them (the privacy domain) rewrites, for `data.changed`.
 */
export const CUSTOMER_ENTITIES: DataEntity[] = [
  'customers',
  'customer_tags',
  'orders',
  'deals',
  'tickets',
  'activities',
  'tasks',
  'survey_responses',
  'campaigns',
  'segments',
]
