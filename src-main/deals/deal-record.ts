import type Database from 'better-sqlite3'
import type { DealStatus } from '../../src-shared/domain/deal-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { prepared } from '../db/sql'

/** A deal row as the handlers check and audit it. */
export interface DealRecord {
  id: number
  title: string
  value: number
  customer_id: number | null
  stage_id: number
  position: number
  probability: number | null
  expected_close: string | null
  status: DealStatus
  lost_reason: string | null
  closed_at: string | null
  stage_entered_at: string | null
  created_at: string
  updated_at: string
  deleted_at: string | null
}

/** The row, deleted or not; undefined when there is no such id. */
export function findDealRecord(db: Database.Database, id: number): DealRecord | undefined {
  return prepared(db, 'SELECT * FROM deals WHERE id = ?').get(id) as DealRecord | undefined
}

/** The row of a deal not deleted, or `deal_not_found`. */
export function requireLiveDeal(db: Database.Database, id: number): DealRecord {
  const deal = findDealRecord(db, id)
  if (!deal || deal.deleted_at !== null) throw new AppError('deal_not_found', { id })
  return deal
}

/** The stage's name, deleted or not (history and messages name stages that may be gone). */
export function stageName(db: Database.Database, stageId: number): string {
  return prepared(db, 'SELECT name FROM pipeline_stages WHERE id = ?').pluck().get(stageId) as string
}
