import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ForecastResult } from '../../../../../src-shared/domain/analytics'
import { Chart } from '../../../components/chart/chart'
import { forecastChart } from '../../../components/insights/forecast-chart'
import { ForecastModelNote } from '../../../components/insights/forecast-model-note'
import { useFormat } from '../../../lib/use-format'
import { chartMarks } from '../drill/chart-marks'
import { drillToOrders } from '../drill/drill-to'
import { InsightCard } from '../insight-card'

/** Monthly revenue, the next six months' forecast and its 95 % interval (model chosen by holdout). */
export function ForecastCard() {
  const { t } = useTranslation()
  return (
    <InsightCard
      wide
      title={t('dashboard:forecast.title')}
      channel="analytics.forecast"
      input={{ months: 6, model: 'auto' }}
      method={(data) => <ForecastModelNote data={data} />}
    >
      {(data) => <ForecastChart data={data} />}
    </InsightCard>
  )
}

function ForecastChart({ data }: { data: ForecastResult }) {
  const { t } = useTranslation()
  const f = useFormat()
  const history = t('dashboard:forecast.history')
  const forecast = t('dashboard:forecast.forecast')
  const option = useMemo(() => forecastChart(data, history, forecast, f), [data, history, forecast, f])
  const last = data.history.at(-1)
  const next = data.forecast[0]
  if (!last || !next) return <p className="muted">{t('dashboard:forecast.empty')}</p>
  return (
    <Chart
      title={t('dashboard:forecast.chartTitle', { months: data.forecast.length })}
      unit={f.currency}
      size="lg"
      description={t('dashboard:forecast.description', {
        from: data.history[0].month,
        to: last.month,
        last: f.money(last.revenue),
        lastMonth: last.month,
        next: next.month,
        mean: f.money(next.mean),
        lower: f.money(next.lower),
        upper: f.money(next.upper),
      })}
      option={option}
      onSelect={(i, series) => {
        // History points only (series 0): a month of counted orders; the forecast has no records yet.
        const month = data.history[i]?.month
        if (series === 0 && month) drillToOrders(monthDays(month))
      }}
      marks={chartMarks(
        t,
        data.history.map((h) => h.month),
        data.history.map((h) => f.money(h.revenue)),
      )}
    />
  )
}

/** The first and last local day of a `yyyy-MM` month. */
function monthDays(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number)
  const last = new Date(year, m, 0).getDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` }
}
