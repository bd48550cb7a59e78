import { useTranslation } from 'react-i18next'
import { useEnumLabel } from '../../../lib/use-enum-label'

export interface InlineSelectProps<V extends string> {
  label: string
  value: V
  options: readonly { value: V; label: string }[]
  onChange(value: NoInfer<V>): void
}

/** A labelled small select on one line (channel, score, filter). */
export function InlineSelect<V extends string>({ label, value, options, onChange }: InlineSelectProps<V>) {
  return (
    <label className="field-inline">
      <span>{label}</span>
      <select className="input input--sm" value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** The channels a message or answer came by, named in the UI language. */
export function ChannelSelect<V extends string>(props: {
  label: string
  value: V
  channels: readonly V[]
  enumName: 'messageChannel' | 'answerChannel'
  onChange(value: NoInfer<V>): void
}) {
  const label = useEnumLabel()
  const options = props.channels.map((c) => ({ value: c, label: label(props.enumName, c) }))
  return <InlineSelect label={props.label} value={props.value} options={options} onChange={props.onChange} />
}

/** From and to days (inclusive), each kept within the other. */
export function DayRange(props: { from: string; to: string; onFrom(day: string): void; onTo(day: string): void }) {
  const { t } = useTranslation()
  return (
    <>
      <label className="field-inline">
        <span>{t('tickets:insights.from')}</span>
        <input
          type="date"
          className="input input--sm"
          value={props.from}
          max={props.to || undefined}
          onChange={(e) => props.onFrom(e.target.value)}
        />
      </label>
      <label className="field-inline">
        <span>{t('tickets:insights.to')}</span>
        <input
          type="date"
          className="input input--sm"
          value={props.to}
          min={props.from || undefined}
          onChange={(e) => props.onTo(e.target.value)}
        />
      </label>
    </>
  )
}
