import { useTranslation } from 'react-i18next'
import { FormField } from '../../../components/form-field'

/** The three thresholds, support and confidence in percent as people read them. */
export interface Thresholds {
  supportPercent: number
  confidencePercent: number
  lift: number
}

const FIELDS = [
  { key: 'supportPercent', label: 'bundles.minSupport', min: 0.05, max: 100, step: 0.05 },
  { key: 'confidencePercent', label: 'bundles.minConfidence', min: 0, max: 100, step: 5 },
  { key: 'lift', label: 'bundles.minLift', min: 0, max: 100, step: 0.1 },
] as const

export function BundleThresholds({ value, onChange }: { value: Thresholds; onChange(next: Thresholds): void }) {
  const { t } = useTranslation('marketing-reach')
  return (
    <div className="cluster bundles__thresholds">
      {FIELDS.map((field) => (
        <FormField key={field.key} label={t(field.label)}>
          {(control) => (
            <input
              {...control}
              type="number"
              className="input input--sm"
              min={field.min}
              max={field.max}
              step={field.step}
              value={value[field.key]}
              onChange={(e) => {
                const number = e.target.valueAsNumber
                if (Number.isFinite(number)) onChange({ ...value, [field.key]: Math.min(field.max, Math.max(field.min, number)) })
              }}
            />
          )}
        </FormField>
      ))}
    </div>
  )
}
