import type Database from 'better-sqlite3'
import type { DealSummary } from '../../src-shared/domain/customer-types'
import { prepared } from '../db/sql'

/** A customer's open deals, soonest expected close first (the customer page's panel). */
export function openDealsOf(db: Database.Database, customerId: number): DealSummary[] {
  return prepared(
    db,
    `SELECT d.id, d.title, d.value, s.name AS stageName, d.expected_close AS expectedClose
     FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
     WHERE d.customer_id = ? AND d.status = 'open' AND d.deleted_at IS NULL
     ORDER BY d.expected_close IS NULL, d.expected_close, d.id`,
  ).all(customerId) as DealSummary[]
}

/** A deal's stage history rows, oldest first, every column (an import saves them before changing the deal, for undo). */
export function stageHistoryRows(db: Database.Database, dealId: number): Record<string, unknown>[] {
  return prepared(db, 'SELECT * FROM deal_stage_history WHERE deal_id = ? ORDER BY id').all(dealId) as Record<string, unknown>[]
}
