import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { FunnelResult } from '../../../../../src-shared/domain/analytics'
import { Chart } from '../../../components/chart/chart'
import { funnelChart } from '../../../components/insights/funnel-chart'
import { useFormat } from '../../../lib/use-format'
import { InsightCard } from '../insight-card'
import { useDashboardPeriod } from '../period/period-store'

/** How far the deals created in the period got along the pipeline, stage by stage. */
export function FunnelCard() {
  const { t } = useTranslation()
  const range = useDashboardPeriod((s) => s.range)
  return (
    <InsightCard title={t('dashboard:funnel.title')} channel="analytics.funnel" input={range}>
      {(data) => <FunnelChart data={data} />}
    </InsightCard>
  )
}

function FunnelChart({ data }: { data: FunnelResult }) {
  const { t } = useTranslation()
  const f = useFormat()
  const option = useMemo(() => funnelChart(data), [data])
  if (data.basis.rows === 0) return <p className="muted">{t('dashboard:funnel.empty')}</p>
  return (
    <>
      <Chart
        title={t('dashboard:funnel.chartTitle')}
        unit={t('dashboard:funnel.unit')}
        description={t('dashboard:funnel.description', {
          list: data.stages.map((s) => `${s.name} ${f.number(s.reached)}`).join(t('dashboard:listSeparator')),
        })}
        option={option}
      />
      {data.overall !== null && <p className="muted">{t('dashboard:funnel.overall', { percent: f.percent(data.overall) })}</p>}
    </>
  )
}
