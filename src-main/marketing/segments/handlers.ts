import type { SegmentDefinition } from '../../../src-shared/domain/segment'
import type { SegmentCount, SegmentListItem } from '../../../src-shared/ipc/channels/segments'
import type { HandlerContext } from '../../ipc/context'
import type { DomainHandlers } from '../../ipc/handler'
import { analysesAsOf, analysisNeeds } from './analyses'
import { countSegment } from './evaluate'
import { loadAnalyses, loadDefinitionAnalyses } from './load-analyses'
import { previewRows } from './preview'
import { liveSegments, requireSegment, snapshotMembers } from './queries'
import { freezeHandler, saveHandler, segmentWrite } from './segment-writes'
import { deleteSegment, restoreSegment } from './write'
import { lifecycleHandlers } from '../lifecycle/handlers'

async function countOf(ctx: HandlerContext, definition: SegmentDefinition): Promise<SegmentCount> {
  const analyses = await loadDefinitionAnalyses(ctx, definition)
  return { count: countSegment(ctx.db, definition, analyses), asOf: analysesAsOf(analyses) }
}

/** A saved segment with its count now: a snapshot's stored (still live) members, a definition's live customers. */
export async function withCount(ctx: HandlerContext, id: number): Promise<SegmentListItem> {
  const segment = requireSegment(ctx.db, id)
  if (segment.frozenAt !== null) return { ...segment, count: snapshotMembers(ctx.db, id).length, asOf: null }
  return { ...segment, ...(await countOf(ctx, segment.definition)) }
}

export const segmentHandlers: DomainHandlers<'segments'> = {
  'segments.count': ({ definition }, ctx) => countOf(ctx, definition),
  'segments.preview': async ({ definition, limit }, ctx) => {
    const needs = analysisNeeds(definition)
    // The lifecycle column reads churn risk when the model can be fitted.
    const analyses = await loadAnalyses(ctx, { ...needs, churn: needs.churn || 'optional' })
    return {
      count: countSegment(ctx.db, definition, analyses),
      asOf: analysesAsOf(analyses),
      rows: previewRows(ctx.db, definition, analyses, limit),
    }
  },
  'segments.list': async (_input, ctx) => {
    const items: SegmentListItem[] = []
    for (const segment of liveSegments(ctx.db)) items.push(await withCount(ctx, segment.id))
    return items
  },
  'segments.get': ({ id }, ctx) => withCount(ctx, id),
  'segments.save': (input, ctx) => saveHandler(ctx, input),
  'segments.delete': ({ id }, ctx) => segmentWrite(ctx, 'delete', id, () => (deleteSegment(ctx.db, id), id)),
  'segments.restore': ({ id }, ctx) => segmentWrite(ctx, 'restore', id, () => (restoreSegment(ctx.db, id), id)),
  'segments.freeze': (input, ctx) => freezeHandler(ctx, input),
  ...lifecycleHandlers,
}
