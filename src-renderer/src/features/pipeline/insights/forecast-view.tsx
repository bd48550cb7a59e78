import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ForecastResult } from '../../../../../src-shared/domain/analytics'
import { Chart, type ChartOption } from '../../../components/chart/chart'
import { Section } from '../../../components/section'
import { currencyDigits } from '../../../lib/format'
import { errorMessage } from '../../../lib/ipc'
import { useFormat, type Formatters } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { INSIGHT_ENTITIES } from '../api/entities'
import { BasisNote } from './basis-note'
import { CloseMonthsView } from './close-months-view'
import { ForecastModelNote } from './forecast-model-note'

const HORIZONS = [3, 6, 9, 12] as const

/** Monthly revenue, the forecast with its 95 % interval (model chosen by holdout), and the pipeline by close month. */
export function ForecastView() {
  const { t } = useTranslation()
  const f = useFormat()
  const [months, setMonths] = useState<number>(6)
  const { data, error } = useQuery('analytics.forecast', { months, model: 'auto' }, { entities: INSIGHT_ENTITIES })
  const option = useMemo(
    () => data && forecastChart(data, t('pipeline:forecast.history'), t('pipeline:forecast.forecast'), f),
    [data, t, f],
  )
  return (
    <>
      <Section title={t('pipeline:forecast.title')} card>
        <label className="field-inline">
          <span>{t('pipeline:forecast.months')}</span>
          <select className="input input--sm" value={months} onChange={(e) => setMonths(Number(e.target.value))}>
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
        {error !== undefined && <p className="muted">{t('pipeline:forecast.unavailable', { message: errorMessage(error) })}</p>}
        {data && option && (
          <>
            <Chart
              title={t('pipeline:forecast.chartTitle')}
              unit={f.currency}
              size="lg"
              description={t('pipeline:forecast.chartDescription', {
                from: data.history[0]?.month ?? '',
                to: data.history.at(-1)?.month ?? '',
                months: data.forecast.length,
              })}
              option={option}
            />
            <ForecastModelNote data={data} />
            <BasisNote>
              {t('pipeline:forecast.basis', {
                count: data.basis.rows,
                from: data.basis.from ? f.date(data.basis.from) : '',
                to: data.basis.to ? f.date(data.basis.to) : '',
                holdout: data.selection?.holdoutMonths ?? 0,
                at: f.dateTime(data.basis.computedAt),
              })}
            </BasisNote>
          </>
        )}
      </Section>
      <CloseMonthsView />
    </>
  )
}

/** History as a line, the forecast dashed, the 95 % interval as a band (lower bound + stacked width). */
function forecastChart(data: ForecastResult, historyName: string, forecastName: string, f: Formatters): ChartOption {
  const scale = 10 ** currencyDigits(f.currency)
  const major = (minor: number): number => minor / scale
  const months = [...data.history.map((h) => h.month), ...data.forecast.map((p) => p.month)]
  const pad = (values: number[], before: number): (number | null)[] => [...Array<null>(before).fill(null), ...values]
  const gap = data.history.length
  const lastActual = data.history.at(-1)
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, left: 'center', data: [historyName, forecastName] },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const i = (Array.isArray(params) ? params[0] : params).dataIndex
        if (i < gap) return `${months[i]}<br/>${historyName}: ${f.money(data.history[i].revenue)}`
        const p = data.forecast[i - gap]
        return `${months[i]}<br/>${forecastName}: ${f.money(p.mean)} (${f.money(p.lower)} – ${f.money(p.upper)})`
      },
    },
    xAxis: { type: 'category', data: months, boundaryGap: false },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => f.number(v, 0) } },
    series: [
      { name: historyName, type: 'line', showSymbol: false, data: data.history.map((h) => major(h.revenue)) },
      {
        name: forecastName,
        type: 'line',
        lineStyle: { type: 'dashed' },
        // Starts at the last actual month so the two lines join.
        data: pad([lastActual ? major(lastActual.revenue) : 0, ...data.forecast.map((p) => major(p.mean))], gap - 1),
      },
      {
        type: 'line',
        stack: 'band',
        silent: true,
        showSymbol: false,
        lineStyle: { opacity: 0 },
        data: pad(
          data.forecast.map((p) => major(p.lower)),
          gap,
        ),
      },
      {
        type: 'line',
        stack: 'band',
        silent: true,
        showSymbol: false,
        lineStyle: { opacity: 0 },
        areaStyle: { opacity: 0.2 },
        data: pad(
          data.forecast.map((p) => major(p.upper - p.lower)),
          gap,
        ),
      },
    ],
  }
}
