import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Histogram, ServiceResult } from '../../../../../../src-shared/domain/analytics'
import { Chart, type ChartOption } from '../../../../components/chart/chart'
import { useFormat } from '../../../../lib/use-format'

/** A duration distribution as bars: "≤ edge" buckets, the last one "> last edge". */
export function HistogramChart({ title, histogram }: { title: string; histogram: Histogram }) {
  const { t } = useTranslation()
  const f = useFormat()
  const option = useMemo<ChartOption>(() => {
    const labels = histogram.counts.map((_, i) =>
      i < histogram.edges.length ? `≤ ${f.number(histogram.edges[i])}` : `> ${f.number(histogram.edges.at(-1) ?? 0)}`,
    )
    return {
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: labels, name: t('tickets:insights.hoursUnit') },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: t('tickets:insights.tickets'), data: histogram.counts }],
    }
  }, [histogram, f, t])
  return (
    <Chart
      title={title}
      unit={t('tickets:insights.tickets')}
      description={t('tickets:insights.histogramDescription')}
      option={option}
    />
  )
}

/** CSAT (% satisfied) and NPS (−100…100) per month; months without answers are gaps. */
export function SatisfactionTrend({ monthly }: { monthly: ServiceResult['monthly'] }) {
  const { t } = useTranslation()
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: {},
      xAxis: { type: 'category', data: monthly.map((m) => m.month) },
      yAxis: { type: 'value', min: -100, max: 100 },
      series: [
        { type: 'line', name: t('tickets:insights.csat'), connectNulls: false, data: monthly.map((m) => m.csat) },
        { type: 'line', name: t('tickets:insights.nps'), connectNulls: false, data: monthly.map((m) => m.nps) },
      ],
    }),
    [monthly, t],
  )
  return (
    <Chart title={t('tickets:insights.trend')} unit="%" description={t('tickets:insights.trendDescription')} option={option} />
  )
}
