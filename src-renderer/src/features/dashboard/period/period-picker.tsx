import { useTranslation } from 'react-i18next'
import { DateRangeInputs } from '../../../components/date-range-inputs'
import { useFormat } from '../../../lib/use-format'
import { useDashboardPeriod } from './period-store'
import { PERIOD_PRESETS, previousRange, type PeriodPreset } from './presets'
import { rangeText } from './range-text'

/**
 * The page's one period: a preset (eight: a `<select>`, too many for a segmented control) or
 * two dates of one's own, and the previous period every change is measured against, in words.
 */
export function PeriodPicker() {
  const { t } = useTranslation()
  const f = useFormat()
  const { preset, range, choosePreset, chooseRange } = useDashboardPeriod()
  const choose = (next: PeriodPreset): void => (next === 'custom' ? chooseRange(range) : choosePreset(next))
  return (
    <div className="dashboard-period">
      <div className="cluster">
        <label className="field-inline">
          <span>{t('dashboard:period.label')}</span>
          {/* Named by its label alone: a wrapping label would add the chosen option's text to the name. */}
          <select
            className="input input--sm"
            aria-label={t('dashboard:period.label')}
            value={preset}
            onChange={(e) => choose(e.target.value as PeriodPreset)}
          >
            {PERIOD_PRESETS.map((p) => (
              <option key={p} value={p}>
                {t(`dashboard:period.presets.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <DateRangeInputs
          value={range}
          fromLabel={t('dashboard:period.from')}
          toLabel={t('dashboard:period.to')}
          onChange={({ from, to }) => from && to && chooseRange({ from, to })}
        />
      </div>
      <p className="dashboard-period__comparison muted" aria-live="polite">
        {t('dashboard:period.comparedWith', { range: rangeText(previousRange(range), f.locale) })}
      </p>
    </div>
  )
}
