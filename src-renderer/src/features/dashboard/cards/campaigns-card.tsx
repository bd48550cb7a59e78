import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignsResult } from '../../../../../src-shared/domain/analytics'
import { Chart, type ChartOption } from '../../../components/chart/chart'
import { useFormat } from '../../../lib/use-format'
import { chartMarks } from '../drill/chart-marks'
import type { DayRange } from '../../../../../src-shared/domain/dashboard-types'
import { drillToCampaignOrders } from '../drill/drill-to'
import { InsightCard } from '../insight-card'
import { useDashboardPeriod } from '../period/period-store'

/**
 * Return on each campaign that ran or sold in the period: (its revenue from the period's orders −
 * cost) / cost; a campaign that cost nothing has none.
 */
export function CampaignsCard() {
  const { t } = useTranslation()
  const range = useDashboardPeriod((s) => s.range)
  return (
    <InsightCard title={t('dashboard:campaigns.title')} channel="analytics.campaigns" input={range}>
      {(data) => <Campaigns data={data} range={range} />}
    </InsightCard>
  )
}

function Campaigns({ data, range }: { data: CampaignsResult; range: DayRange }) {
  const { t } = useTranslation()
  const f = useFormat()
  const roi = (value: number | null): string => (value === null ? t('dashboard:campaigns.free') : f.percent(value))
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? f.percent(v / 100) : '') },
      xAxis: { type: 'value', axisLabel: { formatter: (v: number) => f.percent(v / 100, 0) } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: data.campaigns.map((c) => c.name),
        axisLabel: { width: 160, overflow: 'truncate' },
      },
      series: [{ type: 'bar', barMaxWidth: 24, data: data.campaigns.map((c) => (c.roi === null ? null : c.roi * 100)) }],
    }),
    [data, f],
  )
  if (data.campaigns.length === 0) return <p className="muted">{t('dashboard:campaigns.empty')}</p>
  return (
    <>
      <Chart
        title={t('dashboard:campaigns.chartTitle')}
        unit="%"
        description={t('dashboard:campaigns.description', {
          list: data.campaigns.map((c) => `${c.name} ${roi(c.roi)}`).join(t('dashboard:listSeparator')),
          total: roi(data.totals.roi),
        })}
        option={option}
        onSelect={(i) => drillToCampaignOrders(data.campaigns[i], range)}
        marks={chartMarks(
          t,
          data.campaigns.map((c) => c.name),
          data.campaigns.map((c) => roi(c.roi)),
        )}
      />
      <p className="muted tabular">
        {t('dashboard:campaigns.totals', {
          cost: f.money(data.totals.cost),
          revenue: f.money(data.totals.revenue),
          roi: roi(data.totals.roi),
        })}
      </p>
    </>
  )
}
