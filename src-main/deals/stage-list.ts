import type Database from 'better-sqlite3'
import type { PipelineStage } from '../../src-shared/domain/deal-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { prepared } from '../db/sql'
import { BOARD_ORDER } from './stages'

const COLUMNS = `s.id, s.name, s.kind, s.probability, s.stale_days AS staleDays, s.position, s.updated_at AS updatedAt,
  (SELECT count(*) FROM deals d WHERE d.stage_id = s.id AND d.deleted_at IS NULL) AS deals`

/** Live stages in board order, each with how many live deals it holds (Settings). */
export function listPipelineStages(db: Database.Database): PipelineStage[] {
  return prepared(
    db,
    `SELECT ${COLUMNS} FROM pipeline_stages s WHERE s.deleted_at IS NULL ORDER BY ${BOARD_ORDER}`,
  ).all() as PipelineStage[]
}

/** One stage, deleted or not, or `pipeline_stage_not_found`. */
export function pipelineStage(db: Database.Database, id: number): PipelineStage & { deletedAt: string | null } {
  const stage = prepared(db, `SELECT ${COLUMNS}, s.deleted_at AS deletedAt FROM pipeline_stages s WHERE s.id = ?`).get(id) as
    (PipelineStage & { deletedAt: string | null }) | undefined
  if (!stage) throw new AppError('pipeline_stage_not_found', { id })
  return stage
}
