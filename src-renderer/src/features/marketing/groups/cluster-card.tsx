import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { CLUSTER_FEATURES, type ClusterFeature, type ClusterOverview } from '../../../../../src-shared/domain/customer-groups'
import { useFormat, type Formatters } from '../../../lib/use-format'
import { clusterPhrase } from './cluster-phrase'
import { MakeSegmentButton } from './make-segment-button'

type Cluster = ClusterOverview['clusters'][number]

/** One k-means group: its phrase, size and revenue, and its centre beside the average customer's. */
export function ClusterCard({ cluster, overview }: { cluster: Cluster; overview: ClusterOverview }) {
  const { t } = useTranslation()
  const f = useFormat()
  const totalRevenue = overview.clusters.reduce((sum, c) => sum + c.revenue, 0)
  const figure = (feature: ClusterFeature, value: number): string => featureValue(feature, value, f, t)
  const phrase = clusterPhrase(cluster.traits, t, f.locale)
  const group = t('marketing-groups:clusters.group', { n: cluster.index + 1 })
  return (
    <article className="cluster-card" data-cluster={cluster.index}>
      <p className="cluster-card__group muted">{group}</p>
      <h3 className="cluster-card__phrase">{phrase}</h3>
      <p>
        {t('marketing-groups:clusters.size', {
          count: f.number(cluster.size),
          share: f.percent(overview.customers ? cluster.size / overview.customers : 0),
        })}
        <br />
        {t('marketing-groups:clusters.revenue', {
          amount: f.money(cluster.revenue),
          share: f.percent(totalRevenue ? cluster.revenue / totalRevenue : 0),
        })}
      </p>
      <dl className="cluster-card__figures">
        {CLUSTER_FEATURES.map((feature) => (
          <div key={feature} data-trait={cluster.traits[feature]}>
            <dt>{t(`marketing-groups:clusters.figures.${feature}`)}</dt>
            <dd className="tabular">
              {figure(feature, cluster.centre[feature])}
              <span className="muted">
                {' · '}
                {t('marketing-groups:clusters.average', { value: figure(feature, overview.average[feature]) })}
              </span>
            </dd>
          </div>
        ))}
      </dl>
      <MakeSegmentButton
        name={t('marketing-groups:segmentName.cluster', { n: cluster.index + 1, k: overview.k, phrase })}
        label={t('marketing-groups:makeSegmentOf', { name: `${group}: ${phrase}` })}
        rule={{ kind: 'cluster', k: overview.k, clusters: [cluster.index] }}
      />
    </article>
  )
}

const featureValue = (feature: ClusterFeature, value: number, f: Formatters, t: TFunction): string => {
  if (feature === 'recencyDays') return t('marketing-groups:clusters.days', { days: f.number(value, 0) })
  if (feature === 'frequency') return f.number(value, 1)
  return f.money(Math.round(value))
}
