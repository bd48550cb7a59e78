import { useTranslation } from 'react-i18next'
import type { DashboardKpiKey, DashboardKpis, KpiValue } from '../../../../../src-shared/domain/dashboard-types'
import { BasisNote } from '../../../components/insights/basis-note'
import { useFormat, type Formatters } from '../../../lib/use-format'
import { rangeText } from '../period/range-text'
import { kpiChange } from './kpi-change'
import { KPI_TILES, type KpiKind } from './kpi-kinds'

const ARROWS = { up: '▲', down: '▼', same: '=' } as const

/** A figure by its kind and the locale; null when it is missing. */
export function kpiFigure(kind: KpiKind, value: number, f: Formatters): string {
  if (kind === 'money') return f.money(value)
  if (kind === 'count') return f.number(value, 0)
  if (kind === 'share') return f.percent(value)
  if (kind === 'csat') return f.percent(value / 100)
  return `${value > 0 ? '+' : ''}${f.number(value, 1)}`
}

/**
 * One KPI: its figure or "–" with the reason in words (muted: a reason is not an error), the
 * change against the previous period with an arrow and words (never colour alone), and how it
 * was made. A group named by its label, for screen readers and tests.
 */
export function KpiTile({ kpi, data }: { kpi: DashboardKpiKey; data: DashboardKpis }) {
  const { t } = useTranslation()
  const f = useFormat()
  const { kind } = KPI_TILES[kpi]
  const { current, previous } = data.kpis[kpi]
  const label = t(`dashboard:kpis.labels.${kpi}`)
  const change = kpiChange(kind, current, previous)
  return (
    <div role="group" aria-label={label} className="kpi-tile">
      <p className="kpi-tile__label">{label}</p>
      {current.reason === null ? (
        <p className="kpi-tile__value tabular">{kpiFigure(kind, current.value, f)}</p>
      ) : (
        <>
          <p className="kpi-tile__value kpi-tile__value--missing">{t('dashboard:kpis.missing')}</p>
          <p className="kpi-tile__reason">{t(`dashboard:kpis.reasons.${current.reason}`)}</p>
        </>
      )}
      {current.reason === null && (
        <p className="kpi-tile__change tabular" data-direction={change.direction ?? 'none'}>
          {change.direction === null ? (
            t('dashboard:kpis.change.none', {
              reason: t(
                change.reason === 'fromZero'
                  ? 'dashboard:kpis.change.fromZero'
                  : `dashboard:kpis.previousReasons.${change.reason}`,
              ),
            })
          ) : (
            <>
              <span aria-hidden="true">{ARROWS[change.direction]} </span>
              {t(`dashboard:kpis.change.${change.direction}`, {
                change:
                  change.scale === 'percent' ? f.percent(change.ratio) : t('dashboard:kpis.points', { count: change.points }),
              })}
            </>
          )}
        </p>
      )}
      <BasisNote>
        <KpiBasis kpi={kpi} data={data} />
      </BasisNote>
    </div>
  )
}

/** What the figure is, and what it was computed from in each period. */
function KpiBasis({ kpi, data }: { kpi: DashboardKpiKey; data: DashboardKpis }) {
  const { t } = useTranslation()
  const f = useFormat()
  const { unit, nowOnly } = KPI_TILES[kpi]
  const line = (range: DashboardKpis['period'], value: KpiValue): string =>
    t('dashboard:kpis.basisLine', {
      range: rangeText(range, f.locale),
      basis:
        unit === null || value.basis === null
          ? t('dashboard:kpis.units.count')
          : t(`dashboard:kpis.units.${unit}`, { count: value.basis }),
    })
  return (
    <>
      <p>{t(`dashboard:kpis.how.${kpi}`)}</p>
      {nowOnly ? (
        <p>{t('dashboard:kpis.nowOnly')}</p>
      ) : (
        <ul className="dashboard-list">
          <li>{line(data.period, data.kpis[kpi].current)}</li>
          <li>{line(data.previous, data.kpis[kpi].previous)}</li>
        </ul>
      )}
    </>
  )
}
