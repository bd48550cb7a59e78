import type Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import { insertRow, prepared, updateRow, type RowMeta, type Values } from '../db/sql'
import { writeTransaction } from '../db/transaction'
import { nextDealState, type DealState, type DealStateChange } from './deal-state'
import { requireStage } from './stages'

/**
 * Deal writes shared by the importer, the seed and (next) the pipeline handlers. They keep the
 * deal rules (`nextDealState`) and write a `deal_stage_history` row for every insert and every
 * stage change, the two rows in one transaction (a savepoint inside the caller's). Callers own
 * the audit row and the change event, and the transaction around many writes (an import).
 */

export interface NewDeal extends DealStateChange {
  title: string
  stageId: number
  value?: number
  customerId?: number | null
  expectedClose?: string | null
  /** Place in the stage's column (fractional, so a drag writes one row); default: the end. */
  position?: number
}

export type DealPatch = Partial<NewDeal>

/** Where a card dropped on the board goes, and what the move asks for beyond the stage's rules. */
export interface MoveOptions extends DealStateChange {
  position?: number
  /** When the move happened: now, unless the seed replays a deal's history. */
  at?: string
}

/** Room between cards, so a drop between two cards has a position without renumbering. */
export const POSITION_STEP = 1024

/** Inserts a deal in its stage with its first history row; returns its id. `meta.createdAt` is when it was created (default now). */
export function createDeal(db: Database.Database, deal: NewDeal, meta: RowMeta = {}): number {
  const at = meta.createdAt ?? now()
  const stage = requireStage(db, deal.stageId)
  const state = nextDealState(null, stage, deal, at)
  const position = deal.position ?? endOfStage(db, stage.id)
  return writeTransaction(db, () => {
    const id = insertRow(db, 'deals', {
      ...ownColumns(deal),
      ...state,
      position,
      stage_entered_at: at,
      uid: meta.uid,
      created_at: at,
      updated_at: meta.updatedAt ?? at,
    })
    recordStage(db, id, null, stage.id, at)
    return id
  })
}

/**
 * Applies the given fields (absent ones stay); a new stage is a move, with its history row and
 * a new `stage_entered_at`. Returns the history row's id, or null when the stage stayed.
 */
export function updateDeal(db: Database.Database, id: number, patch: DealPatch, at: string = now()): number | null {
  const before = requireDeal(db, id)
  const stage = requireStage(db, patch.stageId ?? before.stage_id)
  const state = nextDealState(before, stage, patch, at)
  const moved = stage.id !== before.stage_id
  const position = patch.position ?? (moved ? endOfStage(db, stage.id) : undefined)
  return writeTransaction(db, () => {
    updateRow(db, 'deals', id, {
      ...ownColumns(patch),
      ...state,
      position,
      stage_entered_at: moved ? at : undefined,
      updated_at: at,
    })
    return moved ? recordStage(db, id, before.stage_id, stage.id, at) : null
  })
}

/**
 * Moves a deal to a stage (what the pipeline board does): status, closed_at and probability
 * follow it. Returns the history row's id (null when it was already there).
 */
export function moveDeal(db: Database.Database, id: number, stageId: number, options: MoveOptions = {}): number | null {
  const { at, ...change } = options
  return updateDeal(db, id, { ...change, stageId }, at)
}

function requireDeal(db: Database.Database, id: number): DealState {
  const deal = prepared(
    db,
    'SELECT stage_id, status, probability, lost_reason, closed_at FROM deals WHERE id = ? AND deleted_at IS NULL',
  ).get(id)
  if (!deal) throw new AppError('deal_not_found', { id })
  return deal as DealState
}

function endOfStage(db: Database.Database, stageId: number): number {
  const last = prepared(db, 'SELECT max(position) FROM deals WHERE deleted_at IS NULL AND stage_id = ?').pluck().get(stageId) as
    number | null
  return (last ?? 0) + POSITION_STEP
}

function recordStage(db: Database.Database, dealId: number, from: number | null, to: number, at: string): number {
  const statement = prepared(db, 'INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, at) VALUES (?, ?, ?, ?)')
  return Number(statement.run(dealId, from, to, at).lastInsertRowid)
}

/** The columns the deal rules do not decide. */
function ownColumns(deal: DealPatch): Values {
  return { title: deal.title, value: deal.value, customer_id: deal.customerId, expected_close: deal.expectedClose }
}

/** Stored times are ISO-8601 UTC text, as SQLite's strftime('%Y-%m-%dT%H:%M:%fZ') writes them. */
function now(): string {
  return new Date().toISOString()
}
