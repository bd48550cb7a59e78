import { useTranslation } from 'react-i18next'
import type { AnalyticsBasis } from '../../../../src-shared/domain/analytics'
import { useFormat } from '../../lib/use-format'

/** The rows an analysis used and their date range, in words. */
export function BasisSummary({ basis }: { basis: AnalyticsBasis }) {
  const { t } = useTranslation()
  const f = useFormat()
  const unit = t(`analytics:basis.units.${basis.unit}`)
  const at = f.dateTime(basis.computedAt)
  return (
    <p className="dashboard-basis">
      {basis.rows > 0 && basis.from && basis.to
        ? t('dashboard:basis.range', { rows: f.number(basis.rows), unit, from: f.date(basis.from), to: f.date(basis.to), at })
        : t('dashboard:basis.empty', { unit, at })}
    </p>
  )
}
