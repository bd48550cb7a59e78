import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ServiceResult } from '../../../../../src-shared/domain/analytics'
import { Chart, type ChartOption } from '../../../components/chart/chart'
import { useFormat } from '../../../lib/use-format'
import { chartMarks } from '../drill/chart-marks'
import { drillToCsatAnswers, drillToNpsGroup, drillToTickets, NPS_GROUPS, type NpsGroup } from '../drill/drill-to'
import { InsightCard } from '../insight-card'
import { useDashboardPeriod } from '../period/period-store'

/**
 * Ticket volume per month (each bar opens its tickets), CSAT answers per score (each bar opens
 * its answers) and the NPS gauge with its groups (each opens its answers), over the page's period.
 */
export function ServiceDetailCard() {
  const { t } = useTranslation()
  const f = useFormat()
  const range = useDashboardPeriod((s) => s.range)
  return (
    <InsightCard title={t('drill:service.cardTitle')} channel="analytics.service" input={range}>
      {(data) =>
        data.tickets.opened === 0 && data.csat.responses === 0 && data.nps.responses === 0 ? (
          <p className="muted">{t('dashboard:service.empty')}</p>
        ) : (
          <div className="service-charts">
            <TicketVolumeChart data={data} />
            <CsatDistributionChart data={data} />
            <NpsGauge data={data} nps={npsText(data, f, t('dashboard:noData'))} />
          </div>
        )
      }
    </InsightCard>
  )
}

/** NPS as the service card writes it: signed, one decimal. */
const npsText = (data: ServiceResult, f: ReturnType<typeof useFormat>, none: string): string =>
  data.nps.score === null ? none : `${data.nps.score > 0 ? '+' : ''}${f.number(data.nps.score, 1)}`

const barGrid = { left: 8, right: 16, top: 16, bottom: 8, containLabel: true } as const

/** Tickets opened per month of the period; a bar opens those tickets (every status). */
export function TicketVolumeChart({ data }: { data: ServiceResult }) {
  const { t } = useTranslation()
  const f = useFormat()
  const months = data.monthlyTickets.map((m) => m.month)
  const counts = data.monthlyTickets.map((m) => f.number(m.opened))
  const option = useMemo<ChartOption>(
    () => ({
      grid: barGrid,
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.monthlyTickets.map((m) => m.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', barMaxWidth: 40, data: data.monthlyTickets.map((m) => m.opened) }],
    }),
    [data],
  )
  return (
    <Chart
      title={t('drill:service.volumeTitle')}
      size="sm"
      description={t('drill:service.volumeDescription', {
        from: f.date(data.from),
        to: f.date(data.to),
        list: months.map((m, i) => `${m} ${counts[i]}`).join(t('dashboard:listSeparator')),
      })}
      option={option}
      onSelect={(i) => drillToTickets(data.monthlyTickets[i])}
      marks={chartMarks(t, months, counts)}
    />
  )
}

/** CSAT answers per score 1–5; a bar opens its answers. */
export function CsatDistributionChart({ data }: { data: ServiceResult }) {
  const { t } = useTranslation()
  const f = useFormat()
  const scores = useMemo(() => [1, 2, 3, 4, 5].map((score) => t('drill:service.score', { score })), [t])
  const option = useMemo<ChartOption>(
    () => ({
      grid: barGrid,
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: ['1', '2', '3', '4', '5'] },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', barMaxWidth: 40, data: data.csatCounts }],
    }),
    [data],
  )
  return (
    <Chart
      title={t('drill:service.csatTitle')}
      size="sm"
      description={t('drill:service.csatDescription', {
        from: f.date(data.from),
        to: f.date(data.to),
        list: scores.map((s, i) => `${s} ${f.number(data.csatCounts[i])}`).join(t('dashboard:listSeparator')),
      })}
      option={option}
      onSelect={(i) => drillToCsatAnswers(i + 1, data)}
      marks={chartMarks(
        t,
        scores,
        data.csatCounts.map((n) => f.number(n)),
      )}
    />
  )
}

/** NPS on a gauge from −100 to 100, with its promoters, passives and detractors (each opens its answers). */
export function NpsGauge({ data, nps }: { data: ServiceResult; nps: string }) {
  const { t } = useTranslation()
  const f = useFormat()
  const groups = {
    promoters: f.number(data.npsGroups.promoters),
    passives: f.number(data.npsGroups.passives),
    detractors: f.number(data.npsGroups.detractors),
  }
  const option = useMemo<ChartOption>(
    () => ({
      series: [
        {
          type: 'gauge',
          // One figure, nothing to open (its groups below open their answers): no pointer anywhere on it.
          silent: true,
          min: -100,
          max: 100,
          startAngle: 200,
          endAngle: -20,
          splitNumber: 4,
          radius: '95%',
          center: ['50%', '62%'],
          progress: { show: true, width: 12 },
          axisLine: { lineStyle: { width: 12 } },
          pointer: { show: false },
          axisTick: { show: false },
          splitLine: { show: false },
          axisLabel: { show: false },
          detail: { valueAnimation: false, offsetCenter: [0, '0%'], fontSize: 24, formatter: () => nps },
          data: [{ value: data.nps.score ?? 0 }],
        },
      ],
    }),
    [data, nps],
  )
  return (
    <div>
      <Chart
        title={t('drill:service.npsTitle')}
        size="sm"
        description={t('drill:service.npsDescription', { nps, responses: f.number(data.nps.responses), ...groups })}
        option={option}
      />
      <ul className="cluster nps-groups" aria-label={t('drill:service.groupsLabel')}>
        {(Object.keys(NPS_GROUPS) as NpsGroup[]).reverse().map((group) => {
          const name = t(`drill:service.group.${group}`)
          return (
            <li key={group}>
              <button type="button" className="link-button tabular" onClick={() => drillToNpsGroup(group, name, data)}>
                {t('drill:service.groupCount', { group: name, count: groups[group] })}
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
