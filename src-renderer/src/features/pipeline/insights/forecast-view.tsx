import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Chart } from '../../../components/chart/chart'
import { BasisNote } from '../../../components/insights/basis-note'
import { forecastChart } from '../../../components/insights/forecast-chart'
import { ForecastModelNote } from '../../../components/insights/forecast-model-note'
import { Section } from '../../../components/section'
import { errorMessage } from '../../../lib/ipc'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { INSIGHT_ENTITIES } from '../api/entities'
import { CloseMonthsView } from './close-months-view'

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
