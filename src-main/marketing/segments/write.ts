import type Database from 'better-sqlite3'
import type { SegmentDefinition } from '../../../src-shared/domain/segment'
import { AppError } from '../../../src-shared/ipc/app-error'
import { insertRow, prepared, updateRow } from '../../db/sql'
import { requireSegment } from './queries'

/**
 * Segment writes: saved definitions (kind `filter`) and their dated snapshots (kind `manual`
 * with `frozen_at`, members stored). Callers own the transaction, the audit row and the event.
 */

export function createSegment(db: Database.Database, name: string, definition: SegmentDefinition): number {
  guardName(db, name)
  return insertRow(db, 'segments', { name, kind: 'filter', definition: JSON.stringify(definition) })
}

/** Renames a segment or replaces its definition; a snapshot's members and definition never change. */
export function updateSegment(db: Database.Database, id: number, name: string, definition: SegmentDefinition): void {
  const segment = requireSegment(db, id)
  guardName(db, name, id)
  const redefined = JSON.stringify(definition) !== JSON.stringify(segment.definition)
  if (segment.frozenAt !== null && redefined) throw new AppError('segment_snapshot_fixed', { name: segment.name })
  updateRow(db, 'segments', id, { name, definition: redefined ? JSON.stringify(definition) : undefined })
}

export function deleteSegment(db: Database.Database, id: number): void {
  requireSegment(db, id)
  prepared(db, `UPDATE segments SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`).run(id)
}

/** Brings a deleted segment back, unless a live one has taken its name since. */
export function restoreSegment(db: Database.Database, id: number): void {
  const segment = requireSegment(db, id, true)
  guardName(db, segment.name, id)
  updateRow(db, 'segments', id, { deleted_at: null })
}

/** Stores `members` as a new snapshot of `id` named `name`, frozen at `at`; returns the snapshot's id. */
export function freezeSegment(db: Database.Database, id: number, name: string, at: string, members: readonly number[]): number {
  const segment = requireSegment(db, id)
  guardName(db, name)
  const snapshot = insertRow(db, 'segments', {
    name,
    kind: 'manual',
    definition: JSON.stringify(segment.definition),
    frozen_at: at,
    frozen_from_id: id,
  })
  prepared(db, 'INSERT INTO segment_members (segment_id, customer_id) SELECT ?, value FROM json_each(?)').run(
    snapshot,
    JSON.stringify(members),
  )
  return snapshot
}

/** A live segment's name is unique, whatever the case. */
function guardName(db: Database.Database, name: string, exceptId = 0): void {
  const taken = prepared(db, 'SELECT 1 FROM segments WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL AND id <> ?').get(
    name,
    exceptId,
  )
  if (taken) throw new AppError('segment_name_taken', { name })
}
