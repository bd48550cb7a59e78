import type Database from 'better-sqlite3'
import type { StageKind } from '../../src-shared/domain/deal-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { prepared } from '../db/sql'

export type { StageKind } from '../../src-shared/domain/deal-types'

/** A pipeline stage as the deal rules need it. */
export interface Stage {
  id: number
  probability: number
  kind: StageKind
}

const COLUMNS = 'id, probability, kind'
/** Board order: open stages by position, then won, then lost. */
export const BOARD_ORDER = `kind = 'lost', kind = 'won', position, id`

/**
 * The live stage, or `pipeline_stage_not_found` (no such id) / `deal_deleted_stage` (deleted:
 * a deal can no longer go there).
 */
export function requireStage(db: Database.Database, id: number): Stage {
  const stage = prepared(db, `SELECT ${COLUMNS}, name, deleted_at FROM pipeline_stages WHERE id = ?`).get(id) as
    (Stage & { name: string; deleted_at: string | null }) | undefined
  if (!stage) throw new AppError('pipeline_stage_not_found', { id })
  if (stage.deleted_at !== null) throw new AppError('deal_deleted_stage', { stage: stage.name })
  return { id: stage.id, probability: stage.probability, kind: stage.kind }
}

/** The live stage with this name (case-blind), as a file or a person names it. */
export function stageByName(db: Database.Database, name: string): Stage | undefined {
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM pipeline_stages WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL ORDER BY position, id`,
  ).get(name) as Stage | undefined
}

/**
 * Where a deal given no stage goes: the first stage of its status's kind (a won deal to the
 * won column), else the first open stage; undefined when the board has neither.
 */
export function defaultStage(db: Database.Database, status: StageKind = 'open'): Stage | undefined {
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM pipeline_stages WHERE kind IN (?, 'open') AND deleted_at IS NULL
     ORDER BY kind = 'open', position, id LIMIT 1`,
  ).get(status) as Stage | undefined
}

/** Every live stage in board order. */
export function listStages(db: Database.Database): Stage[] {
  return prepared(db, `SELECT ${COLUMNS} FROM pipeline_stages WHERE deleted_at IS NULL ORDER BY ${BOARD_ORDER}`).all() as Stage[]
}
