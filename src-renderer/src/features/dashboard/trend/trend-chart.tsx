import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ForecastResult } from '../../../../../src-shared/domain/analytics'
import type { DashboardTrend, TrendPoint } from '../../../../../src-shared/domain/dashboard-types'
import { Chart } from '../../../components/chart/chart'
import { isDataReason } from '../../../components/insights/data-reason'
import { forecastChart } from '../../../components/insights/forecast-chart'
import { errorMessage } from '../../../lib/ipc'
import { useFormat } from '../../../lib/use-format'
import type { QueryState } from '../../../lib/use-query'
import { chartMarks } from '../drill/chart-marks'
import { drillToOrders } from '../drill/drill-to'
import { rangeText } from '../period/range-text'
import { TrendBasis } from './trend-basis'
import { forecastAfter } from './trend-forecast'

export interface TrendChartProps {
  data: DashboardTrend
  /** The forecast's query when the trend is by month, else null. */
  forecast: QueryState<ForecastResult> | null
}

/** One chart for the trend and, by month, the forecast after it; its description names the figures. */
export function TrendChart({ data, forecast }: TrendChartProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const forecastData = forecast?.data
  const historyName = t('dashboard:trend.revenue')
  const forecastName = t('dashboard:trend.forecast')
  const { label, after, option } = useMemo(() => {
    const label = (p: TrendPoint): string => (data.bucket === 'month' ? p.from.slice(0, 7) : f.shortDate(p.from))
    const last = data.points.at(-1)
    const after = forecastData && last ? forecastAfter(forecastData.forecast, last.from.slice(0, 7)) : undefined
    const history = data.points.map((p) => ({ month: label(p), revenue: p.revenue }))
    const option = forecastChart({ history, forecast: after?.points ?? [] }, historyName, forecastName, f, !after?.partial)
    return { label, after, option }
  }, [data, forecastData, historyName, forecastName, f])
  const points = after?.points ?? []
  const total = data.points.reduce((sum, p) => ({ revenue: sum.revenue + p.revenue, orders: sum.orders + p.orders }), {
    revenue: 0,
    orders: 0,
  })
  const peak = data.points.reduce((a, b) => (b.revenue > a.revenue ? b : a), data.points[0])
  const next = points[0]
  const bucket = t(`dashboard:trend.per.${data.bucket}`)
  const description = [
    t('dashboard:trend.description', {
      bucket,
      range: rangeText(data.period, f.locale),
      total: f.money(total.revenue),
      orders: f.number(total.orders),
      peak: label(peak),
      peakRevenue: f.money(peak.revenue),
    }),
    next &&
      t('dashboard:trend.forecastDescription', {
        month: next.month,
        mean: f.money(next.mean),
        lower: f.money(next.lower),
        upper: f.money(next.upper),
      }),
  ]
    .filter(Boolean)
    .join(' ')
  const forecastError = forecast?.error
  return (
    <>
      <Chart
        title={
          next
            ? t('dashboard:trend.chartTitleForecast', { bucket, months: points.length })
            : t('dashboard:trend.chartTitle', { bucket })
        }
        unit={f.currency}
        size="lg"
        description={description}
        option={option}
        onSelect={(i, series) => {
          // A bucket's point (series 0) opens its counted orders; the forecast has no records yet.
          const point = data.points[i]
          if (series === 0 && point) drillToOrders({ from: point.from, to: point.to })
        }}
        marks={chartMarks(
          t,
          data.points.map(label),
          data.points.map((p) => f.money(p.revenue)),
        )}
      />
      <p className="muted tabular">
        {t('dashboard:trend.totals', { total: f.money(total.revenue), orders: f.number(total.orders) })}
      </p>
      {after?.partial && <p className="muted">{t('dashboard:trend.partial', { month: label(data.points.at(-1)!) })}</p>}
      {after?.later && <p className="muted">{t('dashboard:trend.forecastLater', { month: forecastData?.forecast[0].month })}</p>}
      {forecastError !== undefined && (
        <p
          role={isDataReason(forecastError) ? 'status' : 'alert'}
          className={isDataReason(forecastError) ? 'muted' : 'form-error'}
        >
          {t('dashboard:trend.forecastUnavailable', { message: errorMessage(forecastError) })}
        </p>
      )}
      <TrendBasis data={data} orders={total.orders} forecast={next ? forecastData : undefined} />
    </>
  )
}
