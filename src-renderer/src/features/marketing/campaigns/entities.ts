import type { DataEntity } from '../../../../../src-shared/ipc'

/** Tables a campaign's figures depend on: any change refreshes the list and the campaign page. */
export const CAMPAIGN_ENTITIES: readonly DataEntity[] = [
  'campaigns',
  'campaign_members',
  'campaign_cost_lines',
  'customers',
  'orders',
  'order_refunds',
  'products',
]

export const NS = 'marketing-campaigns'
