import { useTranslation } from 'react-i18next'
import type { ForecastResult } from '../../../../../src-shared/domain/analytics'
import type { DashboardTrend } from '../../../../../src-shared/domain/dashboard-types'
import { BasisNote } from '../../../components/insights/basis-note'
import { ForecastModelNote } from '../../../components/insights/forecast-model-note'
import { useFormat } from '../../../lib/use-format'
import { BasisSummary } from '../../../components/insights/basis-summary'
import { rangeText } from '../period/range-text'

/** How the trend was made: the counted orders of the period; with the forecast, its model and basis. */
export function TrendBasis({ data, orders, forecast }: { data: DashboardTrend; orders: number; forecast?: ForecastResult }) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <BasisNote>
      <p>{t('dashboard:trend.basis', { orders: f.number(orders), range: rangeText(data.period, f.locale) })}</p>
      {forecast && (
        <>
          <ForecastModelNote data={forecast} />
          <BasisSummary basis={forecast.basis} />
        </>
      )}
    </BasisNote>
  )
}
