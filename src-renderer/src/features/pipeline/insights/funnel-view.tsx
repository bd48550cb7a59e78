import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FunnelResult } from '../../../../../src-shared/domain/analytics'
import { Chart } from '../../../components/chart/chart'
import { BasisNote } from '../../../components/insights/basis-note'
import { funnelChart } from '../../../components/insights/funnel-chart'
import { Section } from '../../../components/section'
import { errorMessage } from '../../../lib/ipc'
import { useFormat } from '../../../lib/use-format'
import { useQuery } from '../../../lib/use-query'
import { INSIGHT_ENTITIES } from '../api/entities'
import { DateRangePicker, presetRange, type DateRange } from './date-range'
import { FunnelSummary } from './funnel-summary'

/** The funnel for deals created in a period: how far they got, how fast, and where they stall. */
export function FunnelView() {
  const { t } = useTranslation()
  const f = useFormat()
  const [range, setRange] = useState<DateRange>(() => presetRange('year'))
  const input = range.from && range.to && range.from > range.to ? null : { from: range.from, to: range.to }
  const { data, error } = useQuery('analytics.funnel', input, { entities: INSIGHT_ENTITIES })
  const option = useMemo(() => (data ? funnelChart(data) : null), [data])
  return (
    <Section title={t('pipeline:funnel.title')} card>
      <DateRangePicker value={range} onChange={setRange} />
      {error !== undefined && <p className="form-error">{errorMessage(error)}</p>}
      {data && option && (
        <>
          {data.basis.rows === 0 ? (
            <p className="muted">{t('pipeline:funnel.empty')}</p>
          ) : (
            <>
              <FunnelSummary data={data} />
              <Chart
                title={t('pipeline:funnel.chartTitle')}
                unit={t('pipeline:funnel.chartUnit')}
                description={t('pipeline:funnel.chartDescription', {
                  list: data.stages.map((s) => `${s.name} ${s.reached}`).join(', '),
                })}
                option={option}
              />
              <FunnelTable data={data} />
            </>
          )}
          <BasisNote>
            {data.basis.rows === 0
              ? t('pipeline:funnel.basisEmpty', { at: f.dateTime(data.basis.computedAt) })
              : t('pipeline:funnel.basis', {
                  count: data.basis.rows,
                  from: data.basis.from ? f.date(data.basis.from) : '',
                  to: data.basis.to ? f.date(data.basis.to) : '',
                  at: f.dateTime(data.basis.computedAt),
                })}
          </BasisNote>
        </>
      )}
    </Section>
  )
}

function FunnelTable({ data }: { data: FunnelResult }) {
  const { t } = useTranslation()
  const f = useFormat()
  const none = t('pipeline:funnel.none')
  const percent = (v: number | null): string => (v === null ? none : f.percent(v))
  return (
    <table className="data-table funnel-table">
      <thead>
        <tr>
          <th scope="col">{t('pipeline:funnel.stage')}</th>
          <th scope="col" className="num">
            {t('pipeline:funnel.reached')}
          </th>
          <th scope="col" className="num">
            {t('pipeline:funnel.conversion')}
          </th>
          <th scope="col" className="num">
            {t('pipeline:funnel.dropOff')}
          </th>
          <th scope="col" className="num">
            {t('pipeline:funnel.medianDays')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.stages.map((s) => (
          <tr key={s.stageId} className={s.stageId === data.bottleneckStageId ? 'is-warning' : undefined}>
            <th scope="row">{s.name}</th>
            <td className="num">{f.number(s.reached)}</td>
            <td className="num">{percent(s.conversion)}</td>
            <td className="num">{percent(s.dropOff)}</td>
            <td className="num">
              {s.medianDays === null ? none : t('pipeline:funnel.days', { value: f.number(s.medianDays, 1) })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
