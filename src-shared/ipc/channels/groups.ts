import { z } from 'zod'
import { channel } from '../channel'
import type { ClusterOverview, RfmOverview } from '../../domain/customer-groups'
import { isoDate } from '../schemas'

export const groupsRfmInput = z.strictObject({ asOf: isoDate.optional() })

/** Without `k`, the number of clusters is the one with the best silhouette over 2–8. */
export const groupsClustersInput = z.strictObject({ k: z.int().min(2).max(8).optional() })

export type GroupsClustersInput = z.output<typeof groupsClustersInput>

/** The Marketing page's "RFM & clusters" tab: customer groups explained in words. */
export const groupsChannels = {
  /** Each RFM segment with its rule, customers and revenue, as of a date (default today). */
  'groups.rfm': channel<RfmOverview>()(groupsRfmInput),
  /** k-means clusters of all buyers, their centres in words; k chosen by silhouette unless given. */
  'groups.clusters': channel<ClusterOverview>()(groupsClustersInput),
}
