import type { DataEntity } from '../../../../../src-shared/ipc'

/**
 * Every table an analysis or a tile reads: the analytics cache is keyed by the data version anyway, so a
 * change anywhere refetches and the worker answers from its cache when nothing it reads moved.
 */
export const ANALYTICS_ENTITIES: readonly DataEntity[] = [
  'customers',
  'orders',
  'order_refunds',
  'products',
  'deals',
  'pipeline_stages',
  'tickets',
  'ticket_events',
  'survey_responses',
  'campaigns',
  'settings',
]
