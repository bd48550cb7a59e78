import type { DomainHandlers } from '../../ipc/handler'
import { runHeavy } from '../../insights/service'
import { clusterOverview } from './cluster-overview'
import { rfmOverview } from './rfm-overview'

/** The "RFM & clusters" tab: the heavy work in the analytics worker, the words added here. */
export const groupsHandlers: DomainHandlers<'groups'> = {
  'groups.rfm': async (input, ctx) => rfmOverview(await runHeavy(ctx, 'rfm', input)),
  'groups.clusters': async (input, ctx) => clusterOverview(await runHeavy(ctx, 'chosenClusters', input)),
}
