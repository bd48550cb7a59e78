import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { SurveyBatchResult } from '../../../src-shared/domain/survey-types'
import type { SurveyCustomersInput } from '../../../src-shared/ipc/channels/surveys'
import { writeAudit } from '../../audit/audit-log'
import { buildListFilter } from '../../customers/list-filters'
import { prepared } from '../../db/sql'
import { ANSWERED } from './survey-read'

/** A local day's start as stored UTC text (the shop's calendar days, like the customer filters). */
function dayStart(day: string, plusDays: number): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y, m - 1, d + plusDays).toISOString()
}

/** The customers a periodic survey asks: the customer list's filters, and buyers in a period if given. */
function audience(input: SurveyCustomersInput): { where: string; params: Record<string, string | number | null> } {
  const filter = buildListFilter({ ...input, view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 1 })
  const clauses = [filter.where]
  const params = { ...filter.params }
  if (input.purchasedFrom !== undefined || input.purchasedTo !== undefined) {
    clauses.push(`c.id IN (SELECT o.customer_id FROM orders o WHERE o.deleted_at IS NULL
      AND o.status NOT IN ('cancelled', 'refunded') AND o.ordered_at >= @boughtFrom AND o.ordered_at < @boughtTo)`)
    params.boughtFrom = input.purchasedFrom === undefined ? '0000' : dayStart(input.purchasedFrom, 0)
    params.boughtTo = input.purchasedTo === undefined ? '9999' : dayStart(input.purchasedTo, 1)
  }
  return { where: clauses.join(' AND '), params }
}

/** Customers already waiting to answer an NPS question are not asked again. */
const WAITING = `c.id IN (SELECT r.customer_id FROM survey_requests r WHERE r.asks_nps = 1 AND r.customer_id IS NOT NULL AND NOT ${ANSWERED})`

export function countSurveyAudience(db: Database.Database, input: SurveyCustomersInput): number {
  const { where, params } = audience(input)
  return prepared(db, `SELECT count(*) FROM customers c WHERE ${where}`).pluck().get(params) as number
}

/**
 * A periodic NPS survey: one request for each matching customer, all in one batch (so the batch
 * can be undone). Customers with an unanswered NPS request are skipped. Caller owns the transaction.
 */
export function requestSurveyOfCustomers(db: Database.Database, input: SurveyCustomersInput): SurveyBatchResult {
  const { where, params } = audience(input)
  const batch = randomUUID()
  const matching = countSurveyAudience(db, input)
  const made = prepared(
    db,
    `INSERT INTO survey_requests (customer_id, asks_csat, asks_nps, batch, requested_at)
     SELECT c.id, 0, 1, @batch, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM customers c
     WHERE ${where} AND NOT ${WAITING} ORDER BY c.id`,
  ).run({ ...params, batch }).changes
  writeAudit(db, { entity: 'survey_batch', entityId: null, action: 'create', after: { batch, input, created: made } })
  return { batch, created: made, skipped: matching - made }
}

/** Removes the batch's requests that have no answer yet (answered ones are facts and stay). */
export function cancelSurveyBatch(db: Database.Database, batch: string): number {
  const removed = prepared(db, `DELETE FROM survey_requests AS r WHERE r.batch = ? AND NOT ${ANSWERED}`).run(batch).changes
  if (removed > 0) writeAudit(db, { entity: 'survey_batch', entityId: null, action: 'undo', after: { batch, removed } })
  return removed
}
