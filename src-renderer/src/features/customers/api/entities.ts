import type { DataEntity } from '../../../../../src-shared/ipc'

/** Tables whose changes can alter what the customers pages show (a merge touches them all). */
export const CUSTOMER_ENTITIES: readonly DataEntity[] = [
  'customers',
  'customer_tags',
  'tags',
  'orders',
  'activities',
  'deals',
  'tickets',
]
