import { useTranslation } from 'react-i18next'
import { TREND_BUCKETS } from '../../../../../src-shared/domain/dashboard-types'
import { Section } from '../../../components/section'
import { SegmentedControl } from '../../../components/segmented-control'
import { errorMessage } from '../../../lib/ipc'
import { useQuery } from '../../../lib/use-query'
import { ANALYTICS_ENTITIES } from '../api/entities'
import { useDashboardPeriod } from '../period/period-store'
import { defaultBucket } from './default-bucket'
import { TrendChart } from './trend-chart'

/** The forecast the trend continues with when it is by month: six months, the model chosen by holdout. */
const FORECAST = { months: 6, model: 'auto' } as const

/**
 * Revenue of the period by day, week or month (by default as suits the period's length), from
 * `dashboard.trend`; by month it goes on with the forecast and its 95 % interval after the period.
 */
export function RevenueTrend() {
  const { t } = useTranslation()
  const range = useDashboardPeriod((s) => s.range)
  const bucket = useDashboardPeriod((s) => s.bucket) ?? defaultBucket(range)
  const chooseBucket = useDashboardPeriod((s) => s.chooseBucket)
  const trend = useQuery('dashboard.trend', { ...range, bucket }, { entities: ANALYTICS_ENTITIES })
  const forecast = useQuery('analytics.forecast', bucket === 'month' ? FORECAST : null, { entities: ANALYTICS_ENTITIES })
  const options = TREND_BUCKETS.map((b) => ({ value: b, label: t(`dashboard:trend.buckets.${b}`) }))
  return (
    <div className="dashboard-card dashboard-card--wide">
      <Section title={t('dashboard:trend.title')} card>
        <SegmentedControl
          size="sm"
          label={t('dashboard:trend.bucket')}
          value={bucket}
          options={options}
          onChange={chooseBucket}
        />
        {trend.error !== undefined ? (
          <p role="alert" className="form-error">
            {t('dashboard:failed', { message: errorMessage(trend.error) })}
          </p>
        ) : trend.data === undefined ? (
          <p role="status" className="muted">
            {t('dashboard:loading')}
          </p>
        ) : (
          <TrendChart data={trend.data} forecast={bucket === 'month' ? forecast : null} />
        )}
      </Section>
    </div>
  )
}
