import { format, subDays, subMonths } from 'date-fns'
import { useTranslation } from 'react-i18next'
import { SegmentedControl } from '../../../components/segmented-control'

export type RangePreset = 'days90' | 'year' | 'all' | 'custom'
export interface DateRange {
  preset: RangePreset
  from?: string
  to?: string
}

const day = (date: Date): string => format(date, 'yyyy-MM-dd')

/** The days a preset covers, ending today (local). */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, now = new Date()): DateRange {
  if (preset === 'all') return { preset }
  const from = preset === 'days90' ? subDays(now, 89) : subDays(subMonths(now, 12), -1)
  return { preset, from: day(from), to: day(now) }
}

/** A preset period or two dates of one's own. */
export function DateRangePicker({ value, onChange }: { value: DateRange; onChange(range: DateRange): void }) {
  const { t } = useTranslation()
  const options = (['days90', 'year', 'all', 'custom'] as const).map((p) => ({
    value: p,
    label: t(`pipeline:funnel.presets.${p}`),
  }))
  return (
    <div className="cluster">
      <SegmentedControl
        size="sm"
        label={t('pipeline:funnel.range')}
        value={value.preset}
        options={options}
        onChange={(preset) => onChange(preset === 'custom' ? { ...value, preset } : presetRange(preset))}
      />
      <label className="field-inline">
        <span>{t('pipeline:funnel.from')}</span>
        <input
          type="date"
          className="input input--sm"
          value={value.from ?? ''}
          onChange={(e) => onChange({ ...value, preset: 'custom', from: e.target.value || undefined })}
        />
      </label>
      <label className="field-inline">
        <span>{t('pipeline:funnel.to')}</span>
        <input
          type="date"
          className="input input--sm"
          value={value.to ?? ''}
          onChange={(e) => onChange({ ...value, preset: 'custom', to: e.target.value || undefined })}
        />
      </label>
    </div>
  )
}
