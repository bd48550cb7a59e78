import { useTranslation } from 'react-i18next'
import { currencyDigits } from '../../../../../lib/format'
import { useFormat } from '../../../../../lib/use-format'

export interface NumberRangeProps {
  min?: number
  max?: number
  /** Money in the shop's currency: typed in major units, kept in minor units. */
  money?: boolean
  onChange(next: { min?: number; max?: number }): void
}

/** "At least … at most …", either end optional; both bounds inclusive. */
export function NumberRange({ min, max, money, onChange }: NumberRangeProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const scale = money ? 10 ** currencyDigits(f.currency) : 1
  const shown = (v: number | undefined): string => (v === undefined ? '' : String(v / scale))
  const parsed = (text: string): number | undefined => (text.trim() === '' ? undefined : Math.round(Number(text) * scale))
  const input = (which: 'min' | 'max', value: number | undefined) => (
    <label className="segment-rule__inline">
      {t(`marketing-segments:rules.${which}`)}
      <input
        type="number"
        min={0}
        step={money ? 1 / scale : 1}
        className="segment-rule__number"
        value={shown(value)}
        onChange={(e) => onChange({ min, max, [which]: parsed(e.target.value) })}
      />
      {money && <span className="muted">{f.currency}</span>}
    </label>
  )
  return (
    <>
      {input('min', min)}
      {input('max', max)}
    </>
  )
}
