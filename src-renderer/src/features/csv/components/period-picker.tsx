import { useTranslation } from 'react-i18next'
import { monthPeriod, quarterPeriod, type PeriodKind } from '../lib/period'

export interface PeriodValue {
  kind: PeriodKind
  month: string
  quarter: string
  from: string
  to: string
}

/** The chosen period as inclusive ISO days (none for "everything"). */
export function periodRange(p: PeriodValue): { from?: string; to?: string } {
  if (p.kind === 'month') return monthPeriod(p.month)
  if (p.kind === 'quarter') {
    const [year, q] = p.quarter.split('-Q').map(Number)
    return quarterPeriod(year, q)
  }
  if (p.kind === 'custom') return { from: p.from || undefined, to: p.to || undefined }
  return {}
}

/** The last eight quarters, newest first, as `2026-Q4`. */
function recentQuarters(now = new Date()): { value: string; year: number; quarter: number }[] {
  const index = now.getFullYear() * 4 + Math.floor(now.getMonth() / 3)
  return Array.from({ length: 8 }, (_, i) => {
    const n = index - i
    const year = Math.floor(n / 4)
    const quarter = (n % 4) + 1
    return { value: `${year}-Q${quarter}`, year, quarter }
  })
}

/** Month, quarter or custom dates for an export. */
export function PeriodPicker({ value, onChange }: { value: PeriodValue; onChange(next: PeriodValue): void }) {
  const { t } = useTranslation('csv', { keyPrefix: 'export' })
  const set = (patch: Partial<PeriodValue>): void => onChange({ ...value, ...patch })
  return (
    <fieldset className="cluster fieldset-plain">
      <legend>{t('period')}</legend>
      <select
        className="input"
        aria-label={t('period')}
        value={value.kind}
        onChange={(e) => set({ kind: e.target.value as PeriodKind })}
      >
        {(['all', 'month', 'quarter', 'custom'] as const).map((k) => (
          <option key={k} value={k}>
            {t(`periodKinds.${k}`)}
          </option>
        ))}
      </select>
      {value.kind === 'month' && (
        <label className="field-inline">
          <span>{t('month')}</span>
          <input className="input" type="month" value={value.month} onChange={(e) => set({ month: e.target.value })} />
        </label>
      )}
      {value.kind === 'quarter' && (
        <label className="field-inline">
          <span>{t('quarter')}</span>
          <select className="input" value={value.quarter} onChange={(e) => set({ quarter: e.target.value })}>
            {recentQuarters().map((q) => (
              <option key={q.value} value={q.value}>
                {t('quarterName', q)}
              </option>
            ))}
          </select>
        </label>
      )}
      {value.kind === 'custom' && (
        <>
          <label className="field-inline">
            <span>{t('from')}</span>
            <input className="input" type="date" value={value.from} onChange={(e) => set({ from: e.target.value })} />
          </label>
          <label className="field-inline">
            <span>{t('to')}</span>
            <input className="input" type="date" value={value.to} onChange={(e) => set({ to: e.target.value })} />
          </label>
        </>
      )}
    </fieldset>
  )
}

export function initialPeriod(now = new Date()): PeriodValue {
  const quarter = recentQuarters(now)[0].value
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`
  return { kind: 'month', month, quarter, from: '', to: '' }
}
