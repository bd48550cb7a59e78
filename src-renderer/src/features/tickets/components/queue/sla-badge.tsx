import { useTranslation } from 'react-i18next'
import type { TicketSla, TicketStatus } from '../../../../../../src-shared/domain/ticket-types'
import { Badge } from '../../../../components/badge'
import { businessDuration } from '../../lib/durations'

/**
 * The SLA state of a ticket in words, coloured only for breach risk (≥ 80 % of a target used)
 * and breach: time left on the clock that runs, "Paused" while waiting, "Done" once resolved.
 */
export function SlaBadge({ sla, status }: { sla: TicketSla; status: TicketStatus }) {
  const { t } = useTranslation()
  const running = [sla.firstResponse, sla.resolution].find((c) => c.metAt === null && !c.paused)
  const tone = sla.risk === 'breached' ? 'danger' : sla.risk === 'risk' ? 'warning' : 'neutral'
  const word =
    status === 'resolved' || status === 'closed'
      ? sla.risk === 'breached'
        ? t('tickets:sla.breached')
        : t('tickets:sla.done')
      : running
        ? running.remainingMinutes < 0
          ? t('tickets:sla.over', { time: businessDuration(t, running.remainingMinutes) })
          : t('tickets:sla.left', { time: businessDuration(t, running.remainingMinutes) })
        : t('tickets:sla.paused')
  // "… over" already says it breached; only a risk needs its word beside the time left.
  const warning = sla.risk === 'risk' && running ? t('tickets:sla.risk') : null
  return <Badge tone={tone}>{warning ? `${warning} · ${word}` : word}</Badge>
}
