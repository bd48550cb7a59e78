import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { RfmResult } from '../../../../../src-shared/domain/analytics'
import { enumText } from '../../../lib/enum-text'
import { Chart, type ChartOption } from '../../../components/chart/chart'
import { useFormat } from '../../../lib/use-format'
import { chartMarks } from '../drill/chart-marks'
import { drillToRfmSegment } from '../drill/drill-to'
import { InsightCard } from '../insight-card'
import { useDashboardPeriod } from '../period/period-store'

/** Customers per RFM segment as of the period's last day, every segment shown (zero counts kept). */
export function RfmCard() {
  const { t } = useTranslation()
  const asOf = useDashboardPeriod((s) => s.range.to)
  return (
    <InsightCard
      title={t('dashboard:rfm.title')}
      channel="analytics.rfm"
      input={{ asOf }}
      method={() => <p>{t('analytics:rfm.scores')}</p>}
    >
      {(data) => <Segments data={data} />}
    </InsightCard>
  )
}

function Segments({ data }: { data: RfmResult }) {
  const { t } = useTranslation()
  const f = useFormat()
  const names = useMemo(() => data.segments.map((s) => enumText(f.locale, 'rfmSegment', s.key)), [data, f.locale])
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: names },
      series: [{ type: 'bar', barMaxWidth: 20, data: data.segments.map((s) => s.customers) }],
    }),
    [data, names],
  )
  if (data.segments.every((s) => s.customers === 0)) return <p className="muted">{t('dashboard:rfm.empty')}</p>
  return (
    <Chart
      title={t('dashboard:rfm.chartTitle')}
      unit={t('dashboard:rfm.unit')}
      description={t('dashboard:rfm.description', {
        asOf: f.date(data.asOf),
        list: data.segments.map((s, i) => `${names[i]} ${f.number(s.customers)}`).join(t('dashboard:listSeparator')),
      })}
      option={option}
      onSelect={(i) => drillToRfmSegment(data.segments[i].key, names[i], data.asOf)}
      marks={chartMarks(
        t,
        names,
        data.segments.map((s) => f.number(s.customers)),
      )}
    />
  )
}
