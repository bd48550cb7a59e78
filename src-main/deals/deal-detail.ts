import type Database from 'better-sqlite3'
import type { CustomerDeal, DealDetail, DealNote, StageVisit } from '../../src-shared/domain/deal-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { prepared } from '../db/sql'
import { cardOf } from './board/board-cards'
import { boardClock } from './board/board-clock'
import { findDealRecord } from './deal-record'

const NOTES_SHOWN = 200

/** The deal page: its card fields, its stage, the moves it made (with dates) and its notes, newest first. */
export function loadDealDetail(db: Database.Database, id: number): DealDetail {
  const deal = findDealRecord(db, id)
  if (!deal) throw new AppError('deal_not_found', { id })
  const { nextTask: _next, ...card } = cardOf(db, id, boardClock())
  const stage = prepared(db, 'SELECT name, kind FROM pipeline_stages WHERE id = ?').get(deal.stage_id) as {
    name: string
    kind: DealDetail['stageKind']
  }
  return {
    ...card,
    stageName: stage.name,
    stageKind: stage.kind,
    lostReason: deal.lost_reason,
    createdAt: deal.created_at,
    deletedAt: deal.deleted_at,
    history: prepared(
      db,
      `SELECT h.id AS historyId, h.from_stage_id AS fromStageId, f.name AS fromStage, h.to_stage_id AS toStageId,
              t.name AS toStage, h.at
       FROM deal_stage_history h JOIN pipeline_stages t ON t.id = h.to_stage_id
       LEFT JOIN pipeline_stages f ON f.id = h.from_stage_id
       WHERE h.deal_id = ? ORDER BY h.at, h.id`,
    ).all(id) as StageVisit[],
    notes: prepared(
      db,
      `SELECT id, kind, body, at FROM activities WHERE deal_id = ? AND deleted_at IS NULL ORDER BY at DESC, id DESC LIMIT ?`,
    ).all(id, NOTES_SHOWN) as DealNote[],
  }
}

/** A customer's live deals: open ones first (soonest expected close first), then the latest closed. */
export function dealsOfCustomer(db: Database.Database, customerId: number): CustomerDeal[] {
  return prepared(
    db,
    `SELECT d.id, d.title, d.value, s.name AS stageName, d.status, d.expected_close AS expectedClose
     FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id
     WHERE d.customer_id = ? AND d.deleted_at IS NULL
     ORDER BY d.status != 'open', CASE WHEN d.status = 'open' THEN d.expected_close IS NULL END,
              CASE WHEN d.status = 'open' THEN d.expected_close END, d.closed_at DESC, d.id DESC`,
  ).all(customerId) as CustomerDeal[]
}
