import type Database from 'better-sqlite3'
import type { MoveResult } from '../../src-shared/domain/deal-types'
import { AppError } from '../../src-shared/ipc/app-error'
import type { MoveInput } from '../../src-shared/ipc/channels/deals'
import { writeAudit } from '../audit/audit-log'
import { prepared, updateRow } from '../db/sql'
import { writeTransaction } from '../db/transaction'
import { cardOf } from './board/board-cards'
import type { BoardClock } from './board/board-clock'
import { requireLiveDeal, stageName, type DealRecord } from './deal-record'
import { dropPosition } from './positions'
import { writeStageChangeEntry } from './stage-change-entry'
import { requireStage } from './stages'
import { moveDeal } from './write'

/** What a move changes, kept in its audit row so `undoMove` can put exactly this back. */
export const MOVED_COLUMNS = [
  'stage_id',
  'position',
  'status',
  'probability',
  'lost_reason',
  'closed_at',
  'stage_entered_at',
  'updated_at',
] as const

export type MovedState = Pick<DealRecord, (typeof MOVED_COLUMNS)[number]>

export const movedState = (deal: DealRecord): MovedState =>
  Object.fromEntries(MOVED_COLUMNS.map((c) => [c, deal[c]])) as MovedState

/**
 * A move on the board, in one transaction: the deal (stage, place, status, closed_at, probability
 * from the new stage), its stage-history row, a timeline entry, and the audit row that `undoMove`
 * reads. Refused — nothing written — when the deal is no longer where the board showed it, when
 * the target stage is deleted, or when a lost stage gets no reason.
 */
export function moveOnBoard(db: Database.Database, move: MoveInput, clock: BoardClock): MoveResult {
  return writeTransaction(db, () => {
    const deal = requireLiveDeal(db, move.id)
    if (deal.stage_id !== move.fromStageId) {
      throw new AppError('deal_moved_since', { title: deal.title, stage: stageName(db, deal.stage_id) })
    }
    const target = requireStage(db, move.toStageId)
    if (target.kind === 'lost' && !move.lostReason) throw new AppError('deal_lost_reason_required', { title: deal.title })
    const position = target.kind === 'open' ? dropPosition(db, target.id, anchor(db, target.id, move), deal.id) : undefined
    let historyId: number | null = null
    let activityId: number | null = null
    if (target.id === deal.stage_id) {
      updateRow(db, 'deals', deal.id, { position, updated_at: clock.now })
    } else {
      historyId = moveDeal(db, deal.id, target.id, { position, at: clock.now, lostReason: move.lostReason })
      activityId = writeStageChangeEntry(db, deal, deal.stage_id, target.id, clock.now, move.lostReason)
    }
    const after = requireLiveDeal(db, deal.id)
    const moveId = writeAudit(db, {
      entity: 'deal',
      entityId: deal.id,
      action: 'update',
      before: movedState(deal),
      after: { ...movedState(after), move: true, historyId, activityId },
    })
    return { card: cardOf(db, deal.id, clock), moveId }
  })
}

/** The card the deal lands under, if it is still in that column; else the top. */
function anchor(db: Database.Database, stageId: number, move: MoveInput): { id: number; position: number } | null {
  if (move.afterId === null || move.afterId === move.id) return null
  const row = prepared(
    db,
    `SELECT id, position FROM deals WHERE id = ? AND stage_id = ? AND status = 'open' AND deleted_at IS NULL`,
  ).get(move.afterId, stageId) as { id: number; position: number } | undefined
  return row ?? null
}
