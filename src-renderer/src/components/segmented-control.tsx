import { useId } from 'react'

export interface SegmentedOption<V extends string> {
  value: V
  label: string
}

export interface SegmentedControlProps<V extends string> {
  /** Names the group (its legend); visible unless `hideLabel`. */
  label: string
  hideLabel?: boolean
  value: V
  options: readonly SegmentedOption<V>[]
  // NoInfer: the options decide V, so a state setter fits as it is.
  onChange(value: NoInfer<V>): void
  size?: 'sm' | 'md'
}

/**
 * One choice out of two to five, all visible: a radio group drawn as joined buttons (arrow keys
 * move between options, as in any radio group). For a longer list use a `<select>`.
 */
export function SegmentedControl<V extends string>({
  label,
  hideLabel,
  value,
  options,
  onChange,
  size = 'md',
}: SegmentedControlProps<V>) {
  const name = useId()
  const legendId = `${name}-legend`
  return (
    <fieldset role="radiogroup" aria-labelledby={legendId} className={`segmented segmented--${size}`}>
      <legend id={legendId} className={hideLabel ? 'visually-hidden' : 'segmented__legend'}>
        {label}
      </legend>
      {options.map((option) => (
        <label key={option.value} className="segmented__option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  )
}
