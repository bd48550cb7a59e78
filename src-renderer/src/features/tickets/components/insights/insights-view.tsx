import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BreachRate } from '../../../../../../src-shared/domain/analytics'
import { Section } from '../../../../components/section'
import { errorMessage } from '../../../../lib/ipc'
import { useEnumLabel } from '../../../../lib/use-enum-label'
import { useFormat } from '../../../../lib/use-format'
import { useQuery } from '../../../../lib/use-query'
import { TICKET_ENTITIES } from '../../api/entities'
import { DayRange } from '../inline-select'
import { HistogramChart, SatisfactionTrend } from './insights-charts'

const DAY = 86_400_000
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** Service insights over a period (default the last 90 days): times in business hours, breaches, CSAT, NPS. */
export function InsightsView() {
  const { t } = useTranslation()
  const label = useEnumLabel()
  const f = useFormat()
  const [from, setFrom] = useState(() => isoDay(Date.now() - 89 * DAY))
  const [to, setTo] = useState(() => isoDay(Date.now()))
  const { data, error } = useQuery('analytics.service', { from, to }, { entities: TICKET_ENTITIES })
  const csat = (score: number | null): string => (score === null ? t('tickets:insights.noData') : f.percent(score / 100))
  const nps = (score: number | null): string =>
    score === null ? t('tickets:insights.noData') : `${score > 0 ? '+' : ''}${f.number(score, 1)}`
  const hours = (value: number | null): string => (value === null ? '—' : f.number(value, 1))
  const kpi = (label: string, value: string, note: string) => (
    <div className="kpi">
      <dt>{label}</dt>
      <dd className="kpi__value tabular">{value}</dd>
      <dd className="muted">{note}</dd>
    </div>
  )
  return (
    <div className="stack insights">
      <div className="cluster" role="group" aria-label={t('tickets:insights.period')}>
        <DayRange from={from} to={to} onFrom={(day) => day && setFrom(day)} onTo={(day) => day && setTo(day)} />
      </div>
      {error ? (
        <p role="alert" className="form-error">
          {errorMessage(error)}
        </p>
      ) : null}
      {!data ? (
        <p className="muted" role="status">
          {t('common:loading')}
        </p>
      ) : (
        <>
          <dl className="kpis">
            {kpi(
              t('tickets:insights.csat'),
              csat(data.csat.score),
              t('tickets:insights.answers', { count: data.csat.responses }),
            )}
            {kpi(t('tickets:insights.nps'), nps(data.nps.score), t('tickets:insights.answers', { count: data.nps.responses }))}
            {kpi(t('tickets:insights.opened'), f.number(data.tickets.opened), '')}
            {kpi(
              t('tickets:insights.complaints'),
              data.complaints.share === null ? '—' : f.percent(data.complaints.share),
              f.number(data.complaints.count),
            )}
            {kpi(
              t('tickets:insights.breachRate'),
              data.breaches.overall.rate === null ? '—' : f.percent(data.breaches.overall.rate),
              `${f.number(data.breaches.overall.breached)} / ${f.number(data.breaches.overall.tickets)}`,
            )}
          </dl>
          <div className="insights__grid">
            <div className="insight-card">
              <HistogramChart title={t('tickets:insights.firstResponse')} histogram={data.tickets.firstResponseHistogram} />
              <p className="muted">
                {t('tickets:insights.median', {
                  value: hours(
                    data.tickets.firstResponseMinutes.median === null ? null : data.tickets.firstResponseMinutes.median / 60,
                  ),
                })}
              </p>
            </div>
            <div className="insight-card">
              <HistogramChart title={t('tickets:insights.resolution')} histogram={data.tickets.resolutionHistogram} />
              <p className="muted">{t('tickets:insights.median', { value: hours(data.tickets.resolutionHours.median) })}</p>
            </div>
          </div>
          <div className="insight-card">
            <SatisfactionTrend monthly={data.monthly} />
          </div>
          <div className="insights__grid">
            <Section card title={t('tickets:insights.byPriority')}>
              <BreachTable rows={data.breaches.byPriority} label={(key) => label('ticketPriority', key)} />
            </Section>
            <Section card title={t('tickets:insights.byKind')}>
              <BreachTable rows={data.breaches.byKind} label={(key) => label('ticketKind', key)} />
            </Section>
          </div>
          <Section card title={t('tickets:insights.repeat')}>
            {data.repeatComplaints.length === 0 ? (
              <p className="muted">{t('tickets:insights.repeatNone')}</p>
            ) : (
              <table className="data-table">
                <thead>
                  <tr>
                    <th>{t('tickets:surveys.customer')}</th>
                    <th>{t('tickets:insights.phone')}</th>
                    <th className="num">{t('tickets:insights.complaintCount')}</th>
                    <th className="num">{t('tickets:insights.lastAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.repeatComplaints.map((c) => (
                    <tr key={c.customerId}>
                      <td>{c.name}</td>
                      <td className="tabular">{c.phone ?? '—'}</td>
                      <td className="num">{f.number(c.complaints)}</td>
                      <td className="num">{f.date(c.lastAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Section>
        </>
      )}
    </div>
  )
}

function BreachTable({ rows, label }: { rows: BreachRate[]; label(key: string): string }) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th>{t('tickets:insights.group')}</th>
          <th className="num">{t('nav:tickets')}</th>
          <th className="num">{t('tickets:insights.rate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{label(r.key)}</td>
            <td className="num">{f.number(r.tickets)}</td>
            <td className="num">
              {r.rate === null ? '—' : f.percent(r.rate)} ({f.number(r.breached)})
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
