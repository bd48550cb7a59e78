import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClustersResult } from '../../../../../src-shared/domain/analytics'
import type { ClustersInput } from '../../../../../src-shared/ipc/channels/analytics'
import { Chart, type ChartOption } from '../../../components/chart/chart'
import { useFormat } from '../../../lib/use-format'
import { chartMarks } from '../drill/chart-marks'
import { drillToCluster } from '../drill/drill-to'
import { InsightCard } from '../insight-card'
import { useDashboardPeriod } from '../period/period-store'

const K = 4

/** Four groups of the period's buyers by recency, frequency and spend (k-means), each described by its means. */
export function ClustersCard() {
  const { t } = useTranslation()
  const f = useFormat()
  const range = useDashboardPeriod((s) => s.range)
  // The drill-down asks for the members of exactly this clustering.
  const input: ClustersInput = { k: K, ...range }
  return (
    <InsightCard
      title={t('dashboard:clusters.title')}
      channel="analytics.clusters"
      input={input}
      method={(data) => <p>{t('dashboard:clusters.method', { k: data.k, inertia: f.number(data.inertia, 1) })}</p>}
    >
      {(data) => <Clusters data={data} input={input} />}
    </InsightCard>
  )
}

function Clusters({ data, input }: { data: ClustersResult; input: ClustersInput }) {
  const { t } = useTranslation()
  const f = useFormat()
  const groups = useMemo(() => data.clusters.map((_, i) => t('dashboard:clusters.group', { n: i + 1 })), [data, t])
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: groups },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', barMaxWidth: 48, data: data.clusters.map((c) => c.size) }],
    }),
    [data, groups],
  )
  const items = data.clusters.map((c, i) =>
    t('dashboard:clusters.item', {
      group: groups[i],
      size: f.number(c.size),
      recency: f.number(c.centroid.recencyDays, 0),
      frequency: f.number(c.centroid.frequency, 1),
      monetary: f.money(Math.round(c.centroid.monetary)),
    }),
  )
  return (
    <>
      <Chart
        title={t('dashboard:clusters.chartTitle')}
        unit={t('dashboard:clusters.unit')}
        description={t('dashboard:clusters.description', { k: data.k, list: items.join(t('dashboard:listSeparator')) })}
        option={option}
        onSelect={(i) => drillToCluster(input, i, groups[i])}
        marks={chartMarks(
          t,
          groups,
          data.clusters.map((c) => f.number(c.size)),
        )}
      />
      <ul className="dashboard-list muted">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  )
}
