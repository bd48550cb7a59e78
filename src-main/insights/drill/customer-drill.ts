import type { CustomerDrill } from '../../../src-shared/ipc/channels/drill'
import type { HandlerContext } from '../../ipc/context'
import { runHeavy } from '../service'

/**
 * The ids of the customers behind an RFM or cluster bar, through the analytics runner (in the
 * worker, cached per data version like the chart's own result, so paging a drilled list does
 * not run the model again).
 */
export function customerDrillIds(ctx: HandlerContext, drill: CustomerDrill): Promise<number[]> {
  return drill.kind === 'rfm'
    ? runHeavy(ctx, 'rfmMembers', { asOf: drill.asOf, segment: drill.segment })
    : runHeavy(ctx, 'clusterMembers', { clusters: drill.clusters, cluster: drill.cluster })
}
