import { useTranslation } from 'react-i18next'

export interface ChoiceChecksProps<V extends string | number> {
  /** The accessible name of the group. */
  label: string
  options: readonly { value: V; label: string }[]
  value: readonly V[]
  onChange(next: V[]): void
}

/** Several values of a list as checkboxes (RFM segments, stages, bands, tags, cities…), in the list's order. */
export function ChoiceChecks<V extends string | number>({ label, options, value, onChange }: ChoiceChecksProps<V>) {
  const { t } = useTranslation()
  if (options.length === 0) return <span className="muted">{t('marketing-segments:rules.noOptions')}</span>
  const toggle = (v: V, on: boolean): void =>
    onChange(options.map((o) => o.value).filter((o) => (o === v ? on : value.includes(o))))
  return (
    <fieldset className="segment-rule__checks" aria-label={label}>
      {options.map((o) => (
        <label key={String(o.value)} className="segment-rule__check">
          <input type="checkbox" checked={value.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  )
}
