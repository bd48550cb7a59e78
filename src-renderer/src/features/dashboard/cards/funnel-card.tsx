import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { FunnelResult } from '../../../../../src-shared/domain/analytics'
import { Chart } from '../../../components/chart/chart'
import { funnelChart } from '../../../components/insights/funnel-chart'
import { useFormat } from '../../../lib/use-format'
import { chartMarks } from '../drill/chart-marks'
import { drillToFunnelStage } from '../drill/drill-to'
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

/** The funnel's own range (what its bars count), as the drill-down's. */
const rangeOf = ({ range }: FunnelResult): { from?: string; to?: string } => ({
  ...(range.from ? { from: range.from } : {}),
  ...(range.to ? { to: range.to } : {}),
})

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
        onSelect={(i) => drillToFunnelStage(data.stages[i], rangeOf(data))}
        marks={chartMarks(
          t,
          data.stages.map((s) => s.name),
          data.stages.map((s) => f.number(s.reached)),
        )}
      />
      {data.overall !== null && <p className="muted">{t('dashboard:funnel.overall', { percent: f.percent(data.overall) })}</p>}
    </>
  )
}
