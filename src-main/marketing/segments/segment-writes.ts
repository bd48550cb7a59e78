import type { SegmentDefinition } from '../../../src-shared/domain/segment'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { SavedSegment, SegmentListItem } from '../../../src-shared/ipc/channels/segments'
import { writeAudit, type AuditAction } from '../../audit/audit-log'
import { writeTransaction } from '../../db/transaction'
import { localToday } from '../../insights/lib/dates'
import type { HandlerContext } from '../../ipc/context'
import { evaluateSegment } from './evaluate'
import { loadDefinitionAnalyses } from './load-analyses'
import { requireSegment } from './queries'
import { createSegment, freezeSegment, updateSegment } from './write'

/**
 * A segment write in one transaction with its audit row (entity `segment`, before and after),
 * then the change event. `id` names an existing segment (null when creating).
 */
export function segmentWrite(ctx: HandlerContext, action: AuditAction, id: number | null, write: () => number): SavedSegment {
  const segment = writeTransaction(ctx.db, (db) => {
    const before = id === null ? undefined : requireSegment(db, id, action === 'restore')
    const written = write()
    const after = requireSegment(db, written, action === 'delete')
    writeAudit(db, { entity: 'segment', entityId: written, action, before, after })
    return after
  })
  ctx.emit('data.changed', { entities: ['segments'] })
  return segment
}

export function saveHandler(
  ctx: HandlerContext,
  input: { id?: number; name: string; definition: SegmentDefinition },
): SavedSegment {
  const { id, name, definition } = input
  if (id === undefined) return segmentWrite(ctx, 'create', null, () => createSegment(ctx.db, name, definition))
  return segmentWrite(ctx, 'update', id, () => (updateSegment(ctx.db, id, name, definition), id))
}

/**
 * Freezes who is in a segment now: the members are evaluated first (the analyses may run in
 * the worker), then stored with the snapshot row in one transaction. The default name carries
 * the local day.
 */
export async function freezeHandler(ctx: HandlerContext, input: { id: number; name?: string }): Promise<SegmentListItem> {
  const segment = requireSegment(ctx.db, input.id)
  if (segment.frozenAt !== null) throw new AppError('segment_snapshot_fixed', { name: segment.name })
  const analyses = await loadDefinitionAnalyses(ctx, segment.definition)
  const at = new Date().toISOString()
  const name = input.name ?? `${segment.name} (${localToday()})`
  const snapshot = writeTransaction(ctx.db, (db) => {
    const members = evaluateSegment(db, segment.definition, analyses)
    const snapshotId = freezeSegment(db, input.id, name, at, members)
    const after = requireSegment(db, snapshotId)
    writeAudit(db, { entity: 'segment', entityId: snapshotId, action: 'create', after: { ...after, members: members.length } })
    return { ...after, count: members.length, asOf: null }
  })
  ctx.emit('data.changed', { entities: ['segments'] })
  return snapshot
}
