import type { ActivityKind } from '../../src-shared/domain/customer-types'
import { tableWriter } from '../db/sql'

/**
 * Activity writes shared by the handlers and the seed. Times are stored as UTC `…Z` text so
 * the timeline can compare them as strings: an `at` with an offset (`+08:00`) is converted.
 * Callers own the transaction, the audit row and the change event.
 */

export interface ActivityValues {
  customerId: number | null
  kind: ActivityKind
  body?: string
  /** When it happened; default now. */
  at?: string
  dealId?: number | null
  ticketId?: number | null
}

export const insertActivity = tableWriter<ActivityValues>('activities', (a) => ({
  customer_id: a.customerId,
  deal_id: a.dealId,
  ticket_id: a.ticketId,
  kind: a.kind,
  body: a.body,
  at: a.at === undefined ? undefined : toUtc(a.at),
})).insert

const STORED_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

/** An ISO-8601 time with any offset as the stored UTC text (`2026-11-25T06:30:00.000Z`); stored text passes as is. */
export function toUtc(iso: string): string {
  return STORED_UTC.test(iso) ? iso : new Date(iso).toISOString()
}
