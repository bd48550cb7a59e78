import type Database from 'better-sqlite3'
import { AppError } from '../../src-shared/ipc/app-error'
import type { StageKind } from '../../src-shared/domain/deal'
import { prepared } from '../db/sql'

export type { StageKind }

/** A pipeline stage as the deal rules need it. */
export interface Stage {
  id: number
  probability: number
  kind: StageKind
}

const COLUMNS = 'id, probability, kind'

/** The stage, or `pipeline_stage_not_found`. */
export function requireStage(db: Database.Database, id: number): Stage {
  const stage = prepared(db, `SELECT ${COLUMNS} FROM pipeline_stages WHERE id = ?`).get(id) as Stage | undefined
  if (!stage) throw new AppError('pipeline_stage_not_found', { id })
  return stage
}

/** The stage with this name (case-blind), as a file or a person names it. */
export function stageByName(db: Database.Database, name: string): Stage | undefined {
  return prepared(db, `SELECT ${COLUMNS} FROM pipeline_stages WHERE name = ? COLLATE NOCASE ORDER BY position, id`).get(name) as
    Stage | undefined
}

/**
 * Where a deal given no stage goes: the first stage of its status's kind (a won deal to the
 * won column), else the first open stage; undefined when the board has neither.
 */
export function defaultStage(db: Database.Database, status: StageKind = 'open'): Stage | undefined {
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM pipeline_stages WHERE kind IN (?, 'open') ORDER BY kind = 'open', position, id LIMIT 1`,
  ).get(status) as Stage | undefined
}

/** Every stage in board order. */
export function listStages(db: Database.Database): Stage[] {
  return prepared(db, `SELECT ${COLUMNS} FROM pipeline_stages ORDER BY position, id`).all() as Stage[]
}
