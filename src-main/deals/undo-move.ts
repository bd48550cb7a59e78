import type Database from 'better-sqlite3'
import type { DealCard } from '../../src-shared/domain/deal-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { writeAudit } from '../audit/audit-log'
import { prepared, updateRow } from '../db/sql'
import { writeTransaction } from '../db/transaction'
import { cardOf } from './board/board-cards'
import type { BoardClock } from './board/board-clock'
import { MOVED_COLUMNS, movedState, type MovedState } from './board-move'
import { requireLiveDeal, type DealRecord } from './deal-record'
import { requireStage } from './stages'

interface MoveAudit {
  before: MovedState
  after: MovedState & { historyId: number | null; activityId: number | null }
}

/**
 * Takes back a board move: the deal gets its stage, place, status, probability, lost reason,
 * closed_at and stage-entry time back exactly, and the move's history row and timeline entry go
 * (an undone slip of the mouse never happened, so it does not count in the funnel). Refused when
 * the deal changed after the move (a later move, an edit) or the old stage was deleted since.
 */
export function undoMove(db: Database.Database, dealId: number, moveId: number, clock: BoardClock): DealCard {
  return writeTransaction(db, () => {
    const deal = requireLiveDeal(db, dealId)
    const move = findMove(db, dealId, moveId)
    if (!move || !unchangedSince(deal, move.after)) throw new AppError('deal_undo_conflict', { title: deal.title })
    requireStage(db, move.before.stage_id)
    const { updated_at: _when, ...restored } = move.before
    updateRow(db, 'deals', dealId, { ...restored, updated_at: clock.now })
    if (move.after.historyId !== null) prepared(db, 'DELETE FROM deal_stage_history WHERE id = ?').run(move.after.historyId)
    if (move.after.activityId !== null) prepared(db, 'DELETE FROM activities WHERE id = ?').run(move.after.activityId)
    writeAudit(db, {
      entity: 'deal',
      entityId: dealId,
      action: 'undo',
      before: movedState(deal),
      after: { ...restored, undoOf: moveId },
    })
    return cardOf(db, dealId, clock)
  })
}

/** The deal is exactly as the move left it (a second undo, or any later write, finds it otherwise). */
const unchangedSince = (deal: DealRecord, after: MovedState): boolean => MOVED_COLUMNS.every((c) => deal[c] === after[c])

function findMove(db: Database.Database, dealId: number, moveId: number): MoveAudit | undefined {
  const row = prepared(
    db,
    `SELECT before, after FROM audit_log
     WHERE id = ? AND entity = 'deal' AND entity_id = ? AND action = 'update' AND json_extract(after, '$.move') = 1`,
  ).get(moveId, dealId) as { before: string; after: string } | undefined
  return row && { before: JSON.parse(row.before) as MovedState, after: JSON.parse(row.after) as MoveAudit['after'] }
}
