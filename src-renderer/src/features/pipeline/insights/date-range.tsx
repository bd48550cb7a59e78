import { format } from 'date-fns/format'
import { subDays } from 'date-fns/subDays'
import { subMonths } from 'date-fns/subMonths'
import { useTranslation } from 'react-i18next'
import { DateRangeInputs } from '../../../components/date-range-inputs'
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
      <DateRangeInputs
        value={value}
        fromLabel={t('pipeline:funnel.from')}
        toLabel={t('pipeline:funnel.to')}
        onChange={(range) => onChange({ ...range, preset: 'custom' })}
      />
    </div>
  )
}
