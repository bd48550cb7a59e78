import type { DataEntity } from '../../../../../src-shared/ipc'

/** Tables a segment's count can depend on: any change to them refreshes counts and previews. */
export const SEGMENT_ENTITIES: readonly DataEntity[] = [
  'customers',
  'customer_tags',
  'tags',
  'orders',
  'order_refunds',
  'products',
  'campaigns',
  'segments',
  'settings',
  'tickets',
  'survey_responses',
]
