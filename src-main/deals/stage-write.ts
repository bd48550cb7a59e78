import type Database from 'better-sqlite3'
import type { StageKind } from '../../src-shared/domain/deal-types'
import { AppError } from '../../src-shared/ipc/app-error'
import type { StageFields } from '../../src-shared/ipc/channels/pipeline-settings'
import { writeAudit } from '../audit/audit-log'
import { insertRow, NEXT_UPDATED_AT, prepared, updateRow } from '../db/sql'
import { writeTransaction } from '../db/transaction'
import { listsEachOnce } from './same-members'
import { moveStageDeals } from './stage-deals'
import { pipelineStage } from './stage-list'
import { requireStage } from './stages'

/**
 * Stage edits from Settings, each one transaction with its audit row. The pipeline always keeps
 * at least one open, one won and one lost stage; a stage's kind cannot change while it holds
 * deals (their status would silently change); a new probability carries along the open deals
 * that followed the old one (an override stays); a stage holding deals is deleted only with a
 * stage of the same kind to move them to. Deletes are soft: history keeps naming the stage.
 */

/** Translated name of a kind, for messages. */
export type KindName = (kind: StageKind) => string

const liveOfKind = (db: Database.Database, kind: StageKind): number =>
  prepared(db, 'SELECT count(*) FROM pipeline_stages WHERE kind = ? AND deleted_at IS NULL').pluck().get(kind) as number

function keepOneOfKind(db: Database.Database, stage: { name: string; kind: StageKind }, kindName: KindName): void {
  if (liveOfKind(db, stage.kind) <= 1) throw new AppError('stage_last_of_kind', { stage: stage.name, kind: kindName(stage.kind) })
}

export function createStage(db: Database.Database, fields: StageFields): number {
  return writeTransaction(db, () => {
    const last = prepared(db, 'SELECT max(position) FROM pipeline_stages').pluck().get() as number | null
    const id = insertRow(db, 'pipeline_stages', {
      name: fields.name,
      kind: fields.kind,
      probability: fields.probability,
      stale_days: fields.kind === 'open' ? fields.staleDays : null,
      position: (last ?? -1) + 1,
    })
    writeAudit(db, { entity: 'pipeline_stage', entityId: id, action: 'create', after: fields })
    return id
  })
}

export function updateStage(db: Database.Database, id: number, patch: Partial<StageFields>, kindName: KindName): void {
  writeTransaction(db, () => {
    requireStage(db, id)
    const before = pipelineStage(db, id)
    if (patch.kind !== undefined && patch.kind !== before.kind) {
      if (before.deals > 0) {
        const params = { stage: before.name, count: before.deals, from: kindName(before.kind), to: kindName(patch.kind) }
        throw new AppError('stage_kind_has_deals', params)
      }
      keepOneOfKind(db, before, kindName)
    }
    const kind = patch.kind ?? before.kind
    updateRow(db, 'pipeline_stages', id, {
      name: patch.name,
      kind: patch.kind,
      probability: patch.probability,
      stale_days: kind === 'open' ? patch.staleDays : null,
    })
    if (patch.probability !== undefined && patch.probability !== before.probability) {
      prepared(
        db,
        `UPDATE deals SET probability = ?, updated_at = ${NEXT_UPDATED_AT}
         WHERE stage_id = ? AND deleted_at IS NULL AND probability = ?`,
      ).run(patch.probability, id, before.probability)
    }
    writeAudit(db, { entity: 'pipeline_stage', entityId: id, action: 'update', before, after: pipelineStage(db, id) })
  })
}

/** `ids` lists every live stage once, in the new order. */
export function reorderStages(db: Database.Database, ids: readonly number[]): void {
  writeTransaction(db, () => {
    const live = prepared(db, 'SELECT id FROM pipeline_stages WHERE deleted_at IS NULL').pluck().all() as number[]
    if (!listsEachOnce(ids, live)) {
      throw new AppError('stage_order_mismatch')
    }
    ids.forEach((id, position) => updateRow(db, 'pipeline_stages', id, { position }))
    writeAudit(db, { entity: 'pipeline_stage', entityId: null, action: 'update', before: { order: live }, after: { order: ids } })
  })
}

/** Soft-deletes a stage, first moving its deals to `moveTo` (a live stage of the same kind). Returns how many moved. */
export function deleteStage(db: Database.Database, id: number, moveTo: number | undefined, kindName: KindName): number {
  return writeTransaction(db, () => {
    requireStage(db, id)
    const stage = pipelineStage(db, id)
    keepOneOfKind(db, stage, kindName)
    let moved = 0
    if (stage.deals > 0) {
      if (moveTo === undefined) throw new AppError('stage_has_deals', { stage: stage.name, count: stage.deals })
      const target = moveTo === id ? undefined : requireStage(db, moveTo)
      if (!target || target.kind !== stage.kind)
        throw new AppError('stage_move_target', { stage: stage.name, kind: kindName(stage.kind) })
      moved = moveStageDeals(db, id, target.id)
    }
    prepared(
      db,
      `UPDATE pipeline_stages SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
         updated_at = ${NEXT_UPDATED_AT} WHERE id = ?`,
    ).run(id)
    writeAudit(db, { entity: 'pipeline_stage', entityId: id, action: 'delete', before: stage, after: { moveTo, moved } })
    return moved
  })
}

/** Brings a deleted stage back, last in its kind's group (its deals stay where they were moved). */
export function restoreStage(db: Database.Database, id: number): void {
  writeTransaction(db, () => {
    const stage = pipelineStage(db, id)
    if (stage.deletedAt === null) return
    const last = prepared(db, 'SELECT max(position) FROM pipeline_stages').pluck().get() as number
    prepared(db, 'UPDATE pipeline_stages SET deleted_at = NULL, position = ? WHERE id = ?').run(last + 1, id)
    writeAudit(db, { entity: 'pipeline_stage', entityId: id, action: 'restore', before: stage })
  })
}
