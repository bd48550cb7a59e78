import type Database from 'better-sqlite3'
import type { SegmentDefinition } from '../../../src-shared/domain/segment'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { SavedSegment } from '../../../src-shared/ipc/channels/segments'
import { prepared } from '../../db/sql'

interface SegmentRow {
  id: number
  name: string
  definition: string
  frozenAt: string | null
  frozenFromId: number | null
  updatedAt: string
  deletedAt: string | null
}

const COLUMNS = `id, name, definition, frozen_at AS frozenAt, frozen_from_id AS frozenFromId,
  updated_at AS updatedAt, deleted_at AS deletedAt`

const toSegment = (row: SegmentRow): SavedSegment => ({
  id: row.id,
  name: row.name,
  definition: JSON.parse(row.definition) as SegmentDefinition,
  frozenAt: row.frozenAt,
  frozenFromId: row.frozenFromId,
  updatedAt: row.updatedAt,
})

/** A segment by id: live, or (`deleted`) in the Trash; else `segment_not_found`. */
export function requireSegment(db: Database.Database, id: number, deleted = false): SavedSegment {
  const row = prepared(db, `SELECT ${COLUMNS} FROM segments WHERE id = ? AND kind IN ('filter', 'manual')`).get(id) as
    SegmentRow | undefined
  if (!row || (row.deletedAt !== null) !== deleted) throw new AppError('segment_not_found', { id })
  return toSegment(row)
}

/** Live segments by name (case-insensitively), definitions before their snapshots' dates. */
export function liveSegments(db: Database.Database): SavedSegment[] {
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM segments WHERE deleted_at IS NULL AND kind IN ('filter', 'manual')
      ORDER BY name COLLATE NOCASE, frozen_at IS NOT NULL, frozen_at DESC, id`,
  ).all() as SegmentRow[]
  return rows.map(toSegment)
}

/** A snapshot's stored members that are still live customers, ascending. */
export function snapshotMembers(db: Database.Database, segmentId: number): number[] {
  return prepared(
    db,
    `SELECT m.customer_id FROM segment_members m JOIN customers c ON c.id = m.customer_id
      WHERE m.segment_id = ? AND c.deleted_at IS NULL ORDER BY m.customer_id`,
  )
    .pluck()
    .all(segmentId) as number[]
}
