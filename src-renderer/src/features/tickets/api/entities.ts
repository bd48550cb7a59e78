import type { DataEntity } from '../../../../../src-shared/ipc'

/** Tables whose changes alter what the service screens show. */
export const TICKET_ENTITIES: readonly DataEntity[] = [
  'tickets',
  'ticket_events',
  'customers',
  'survey_requests',
  'survey_responses',
  'settings',
]

export const CANNED_ENTITIES: readonly DataEntity[] = ['canned_replies']
