import { useTranslation } from 'react-i18next'
import type { ForecastResult } from '../../../../src-shared/domain/analytics'
import { useFormat } from '../../lib/use-format'

/** Which model made the forecast, why it was chosen (held-out error of each), and its fit. */
export function ForecastModelNote({ data }: { data: ForecastResult }) {
  const { t } = useTranslation()
  const f = useFormat()
  const { model, selection } = data
  const chosen = selection?.candidates.find((c) => c.name === model.name)
  // SSE and σ² are in squared minor units: shown as their root, in money, they read as an amount.
  const months = Math.max(1, data.history.length)
  const shown = {
    sse: (v: number) => f.money(Math.round(Math.sqrt(v / months))),
    sigma2: (v: number) => f.money(Math.round(Math.sqrt(v))),
    r2: (v: number) => f.number(v, 3),
  }
  const fit = Object.entries(model.fit)
    .filter((entry): entry is [keyof typeof model.fit, number] => typeof entry[1] === 'number')
    .map(([key, value]) => t(`analytics:forecast.fits.${key}`, { value: shown[key](value) }))
    .join(' · ')
  const name = `${t(`analytics:forecast.models.${model.name}`)}${model.spec ? ` ${model.spec}` : ''}`
  return (
    <div className="forecast-model">
      <p>
        {selection && chosen?.rmse != null
          ? t('analytics:forecast.model', {
              model: name,
              holdout: selection.holdoutMonths,
              error: f.money(Math.round(chosen.rmse)),
            })
          : name}{' '}
        {fit && t('analytics:forecast.modelFit', { fit })}
      </p>
      {selection && (
        <ul className="forecast-model__candidates muted" aria-label={t('analytics:forecast.candidates')}>
          {selection.candidates.map((c) => (
            <li key={c.name}>
              {c.rmse === null
                ? t('analytics:forecast.notRun', { model: t(`analytics:forecast.models.${c.name}`), needed: c.neededMonths })
                : t('analytics:forecast.candidate', {
                    model: t(`analytics:forecast.models.${c.name}`),
                    error: f.money(Math.round(c.rmse)),
                  })}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
