import type { SegmentDefinition } from '../../../src-shared/domain/segment'
import { runHeavy } from '../../insights/service'
import type { HandlerContext } from '../../ipc/context'
import { analysisNeeds, CHURN_WINDOW_DAYS, type AnalysisNeeds, type SegmentAnalyses } from './analyses'

/**
 * The analyses a definition needs, through the analytics worker and its results cache: the
 * latest computation for today's data is reused, a missing one is computed (off the main thread).
 */
export async function loadAnalyses(ctx: HandlerContext, needs: AnalysisNeeds): Promise<SegmentAnalyses> {
  const churn = (): ReturnType<typeof runHeavy<'churnLabels'>> => runHeavy(ctx, 'churnLabels', { windowDays: CHURN_WINDOW_DAYS })
  const [rfm, churnLabels, clusters] = await Promise.all([
    needs.rfm ? runHeavy(ctx, 'rfmLabels', {}) : undefined,
    needs.churn === 'required' ? churn() : needs.churn === 'optional' ? churn().catch(() => null) : undefined,
    Promise.all(needs.clusterKs.map(async (k) => [k, await runHeavy(ctx, 'clusterLabels', { k })] as const)),
  ])
  return { rfm, churn: churnLabels, clusters: Object.fromEntries(clusters) }
}

export const loadDefinitionAnalyses = (ctx: HandlerContext, definition: SegmentDefinition): Promise<SegmentAnalyses> =>
  loadAnalyses(ctx, analysisNeeds(definition))
