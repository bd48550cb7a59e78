import { useTranslation } from 'react-i18next'
import { DASHBOARD_KPIS } from '../../../../../src-shared/domain/dashboard-types'
import { errorMessage } from '../../../lib/ipc'
import { useQuery } from '../../../lib/use-query'
import { ANALYTICS_ENTITIES } from '../api/entities'
import { useDashboardPeriod } from '../period/period-store'
import { KpiTile } from './kpi-tile'

/** Every KPI of the chosen period against the previous one, from `dashboard.kpis` (summary tables). */
export function KpiTiles() {
  const { t } = useTranslation()
  const range = useDashboardPeriod((s) => s.range)
  const { data, error, loading } = useQuery('dashboard.kpis', range, { entities: ANALYTICS_ENTITIES })
  return (
    <section className="kpi-tiles" aria-label={t('dashboard:kpis.title')} aria-busy={loading}>
      {error !== undefined ? (
        <p role="alert" className="form-error">
          {t('dashboard:failed', { message: errorMessage(error) })}
        </p>
      ) : data === undefined ? (
        <p role="status" className="muted">
          {t('dashboard:kpis.loading')}
        </p>
      ) : (
        DASHBOARD_KPIS.map((kpi) => <KpiTile key={kpi} kpi={kpi} data={data} />)
      )}
    </section>
  )
}
