import type { ClusterFeature, ClusterOverview } from '../../../src-shared/domain/customer-groups'
import type { ChosenClusters, ClusterTotals } from '../../insights/compute/clusters-chosen'
import { TRAIT_THRESHOLDS, traitsOf } from './cluster-traits'

/** Days since last purchase, orders and spend per customer, and spend per order, of a group. */
const centreOf = (t: ClusterTotals): Record<ClusterFeature, number> => ({
  recencyDays: t.size ? t.recencyDays / t.size : 0,
  frequency: t.size ? t.orders / t.size : 0,
  monetary: t.size ? t.revenue / t.size : 0,
  basket: t.orders ? t.revenue / t.orders : 0,
})

/** The fitted clusters with each centre set against the average customer's, in words' terms. */
export function clusterOverview(fit: ChosenClusters): ClusterOverview {
  const all = fit.clusters.reduce(
    (sum, c) => ({
      size: sum.size + c.size,
      revenue: sum.revenue + c.revenue,
      recencyDays: sum.recencyDays + c.recencyDays,
      orders: sum.orders + c.orders,
    }),
    { size: 0, revenue: 0, recencyDays: 0, orders: 0 },
  )
  const average = centreOf(all)
  return {
    k: fit.k,
    chosenBy: fit.chosenBy,
    silhouettes: fit.silhouettes,
    fitted: fit.fitted,
    sampled: fit.sampled,
    thresholds: { ...TRAIT_THRESHOLDS },
    average,
    clusters: fit.clusters.map((c, index) => {
      const centre = centreOf(c)
      return { index, size: c.size, revenue: c.revenue, centre, traits: traitsOf(centre, average) }
    }),
    customers: all.size,
    basis: fit.basis,
  }
}
