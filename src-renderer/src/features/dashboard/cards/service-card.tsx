import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ServiceResult } from '../../../../../src-shared/domain/analytics'
import { Chart, type ChartOption } from '../../../components/chart/chart'
import { useFormat } from '../../../lib/use-format'
import { InsightCard } from '../insight-card'
import { Figures } from './figures'

/** Tickets, CSAT and NPS over the last 90 days (the channel's default period), month by month. */
export function ServiceCard() {
  const { t } = useTranslation()
  return (
    <InsightCard title={t('dashboard:service.title')} channel="analytics.service" input={{}}>
      {(data) => <Service data={data} />}
    </InsightCard>
  )
}

function Service({ data }: { data: ServiceResult }) {
  const { t } = useTranslation()
  const f = useFormat()
  const csat = data.csat.score === null ? t('dashboard:noData') : f.percent(data.csat.score / 100)
  const nps = data.nps.score === null ? t('dashboard:noData') : `${data.nps.score > 0 ? '+' : ''}${f.number(data.nps.score, 1)}`
  const csatName = t('dashboard:service.csat')
  const npsName = t('dashboard:service.nps')
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, left: 'center' },
      xAxis: { type: 'category', data: data.monthly.map((m) => m.month) },
      yAxis: { type: 'value', min: -100, max: 100 },
      series: [
        { type: 'line', name: csatName, connectNulls: false, data: data.monthly.map((m) => m.csat) },
        { type: 'line', name: npsName, connectNulls: false, data: data.monthly.map((m) => m.nps) },
      ],
    }),
    [data, csatName, npsName],
  )
  return (
    <>
      <p className="muted">{t('dashboard:service.period')}</p>
      <Figures
        items={[
          { label: csatName, value: csat, note: t('dashboard:service.answers', { count: data.csat.responses }) },
          { label: npsName, value: nps, note: t('dashboard:service.answers', { count: data.nps.responses }) },
          { label: t('dashboard:service.opened'), value: f.number(data.tickets.opened) },
        ]}
      />
      {data.tickets.opened === 0 && data.csat.responses === 0 && data.nps.responses === 0 ? (
        <p className="muted">{t('dashboard:service.empty')}</p>
      ) : (
        <Chart
          title={t('dashboard:service.chartTitle')}
          unit="%"
          description={t('dashboard:service.description', {
            from: f.date(data.from),
            to: f.date(data.to),
            csat,
            csatResponses: f.number(data.csat.responses),
            nps,
            npsResponses: f.number(data.nps.responses),
            opened: f.number(data.tickets.opened),
          })}
          option={option}
        />
      )}
    </>
  )
}
