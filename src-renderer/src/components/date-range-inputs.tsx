export interface DayRangeInput {
  from?: string
  to?: string
}

export interface DateRangeInputsProps {
  value: DayRangeInput
  fromLabel: string
  toLabel: string
  /** Either end empty when its input is cleared. */
  onChange(value: DayRangeInput): void
}

/** Two local-day inputs, "from" and "to", each labelled; "to" cannot be set before "from". */
export function DateRangeInputs({ value, fromLabel, toLabel, onChange }: DateRangeInputsProps) {
  return (
    <>
      <label className="field-inline">
        <span>{fromLabel}</span>
        <input
          type="date"
          className="input input--sm"
          value={value.from ?? ''}
          max={value.to}
          onChange={(e) => onChange({ ...value, from: e.target.value || undefined })}
        />
      </label>
      <label className="field-inline">
        <span>{toLabel}</span>
        <input
          type="date"
          className="input input--sm"
          value={value.to ?? ''}
          min={value.from}
          onChange={(e) => onChange({ ...value, to: e.target.value || undefined })}
        />
      </label>
    </>
  )
}
