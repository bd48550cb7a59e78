import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CloseMonth } from '../../../../../src-shared/domain/deal-types'
import { Chart, type ChartOption } from '../../../components/chart/chart'
import { Section } from '../../../components/section'
import { currencyDigits } from '../../../lib/format'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { BOARD_ENTITIES } from '../api/entities'
import { BasisNote } from '../../../components/insights/basis-note'

interface Bucket extends Omit<CloseMonth, 'month'> {
  label: string
}

/** Months before the current one fold into "Overdue"; deals without a date come last. */
function buckets(months: CloseMonth[], current: string, overdue: string, noDate: string): Bucket[] {
  const late = months.filter((m) => m.month !== null && m.month < current)
  const out: Bucket[] = []
  if (late.length > 0) {
    out.push(
      late.reduce((a, m) => ({ ...a, deals: a.deals + m.deals, value: a.value + m.value, weighted: a.weighted + m.weighted }), {
        label: overdue,
        deals: 0,
        value: 0,
        weighted: 0,
      }),
    )
  }
  for (const m of months) if (m.month !== null && m.month >= current) out.push({ ...m, label: m.month })
  for (const m of months) if (m.month === null) out.push({ ...m, label: noDate })
  return out
}

/** The weighted value of open deals by the month they are expected to close. */
export function CloseMonthsView() {
  const { t } = useTranslation()
  const f = useFormat()
  const data = useQuery('deals.closeMonths', {}, { entities: BOARD_ENTITIES }).data
  const rows = useMemo(
    () => (data ? buckets(data.months, data.currentMonth, t('pipeline:forecast.overdue'), t('pipeline:forecast.noDate')) : []),
    [data, t],
  )
  const option = useMemo<ChartOption>(() => {
    const scale = 10 ** currencyDigits(f.currency)
    return {
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? f.money(Math.round(v * scale)) : '') },
      xAxis: { type: 'category', data: rows.map((r) => r.label) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => f.number(v, 0) } },
      series: [
        { type: 'bar', name: t('pipeline:forecast.weighted'), data: rows.map((r) => r.weighted / scale), barMaxWidth: 40 },
      ],
    }
  }, [rows, f, t])
  if (!data) return null
  return (
    <Section title={t('pipeline:forecast.pipelineTitle')} card>
      <Chart
        title={t('pipeline:forecast.pipelineTitle')}
        unit={`${f.currency} · ${t('pipeline:forecast.pipelineUnit')}`}
        description={t('pipeline:forecast.pipelineDescription')}
        option={option}
      />
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('pipeline:forecast.month')}</th>
            <th scope="col" className="num">
              {t('pipeline:forecast.deals')}
            </th>
            <th scope="col" className="num">
              {t('pipeline:forecast.value')}
            </th>
            <th scope="col" className="num">
              {t('pipeline:forecast.weighted')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="num">{f.number(r.deals)}</td>
              <td className="num">{f.money(r.value)}</td>
              <td className="num">{f.money(r.weighted)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <BasisNote>{t('pipeline:forecast.pipelineBasis', { count: data.deals })}</BasisNote>
    </Section>
  )
}
