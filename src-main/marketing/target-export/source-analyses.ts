import type { TargetSource } from '../../../src-shared/ipc/channels/target-lists'
import type { HandlerContext } from '../../ipc/context'
import type { SegmentAnalyses } from '../segments/analyses'
import { loadDefinitionAnalyses } from '../segments/load-analyses'
import { requireSegment } from '../segments/queries'

/**
 * The analyses (RFM, churn, clusters) a live segment's rules need, from the analytics worker's
 * cache as `segments.count` reads them, so the list and the segment's count agree. None for a
 * campaign or a frozen snapshot.
 */
export async function sourceAnalyses(ctx: HandlerContext, source: TargetSource): Promise<SegmentAnalyses | undefined> {
  if (source.kind !== 'segment') return undefined
  const segment = requireSegment(ctx.db, source.segmentId)
  return segment.frozenAt === null ? loadDefinitionAnalyses(ctx, segment.definition) : undefined
}
