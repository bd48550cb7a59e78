import { useTranslation } from 'react-i18next'
import type { SlaClockView, TicketDetail } from '../../../../../../src-shared/domain/ticket-types'
import { Badge } from '../../../../components/badge'
import { useFormat } from '../../../../lib/use-format'
import { businessDuration } from '../../lib/durations'

/** The two clocks: business time used of the target, and met, paused, due or breached. */
export function SlaClocks({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation()
  return (
    <dl className="sla-clocks">
      <Clock label={t('tickets:sla.firstResponse')} clock={ticket.sla.firstResponse} />
      <Clock label={t('tickets:sla.resolution')} clock={ticket.sla.resolution} />
    </dl>
  )
}

function Clock({ label, clock }: { label: string; clock: SlaClockView }) {
  const { t } = useTranslation()
  const f = useFormat()
  const used = Math.min(1, clock.elapsedMinutes / clock.targetMinutes)
  const risky = !clock.metAt && !clock.paused && used >= 0.8
  const state = clock.breached ? (
    <Badge tone="danger">{t('tickets:sla.breached')}</Badge>
  ) : clock.metAt ? (
    <Badge tone="success">{t('tickets:sla.met')}</Badge>
  ) : clock.paused ? (
    <Badge title={t('tickets:sla.pausedHint')}>{t('tickets:sla.paused')}</Badge>
  ) : risky ? (
    <Badge tone="warning">{t('tickets:sla.risk')}</Badge>
  ) : null
  const remaining = clock.remainingMinutes
  return (
    <div className="sla-clock" data-clock={label}>
      <dt>
        {label} {state}
      </dt>
      <dd>
        <meter className="sla-clock__meter" min={0} max={1} low={0.8} high={0.99} optimum={0} value={used} aria-label={label} />
        <span className="tabular">
          {clock.metAt && !clock.breached
            ? t('tickets:sla.used', { time: businessDuration(t, clock.elapsedMinutes) })
            : remaining < 0
              ? t('tickets:sla.over', { time: businessDuration(t, remaining) })
              : t('tickets:sla.left', { time: businessDuration(t, remaining) })}
          {' · '}
          {t('tickets:sla.target', { time: businessDuration(t, clock.targetMinutes) })}
        </span>
        {clock.metAt && <span className="muted">{t('tickets:sla.metAt', { at: f.dateTime(clock.metAt) })}</span>}
        {clock.dueAt && !clock.metAt && <span className="muted">{t('tickets:sla.dueAt', { at: f.dateTime(clock.dueAt) })}</span>}
      </dd>
    </div>
  )
}
