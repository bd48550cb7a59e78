import { useTranslation } from 'react-i18next'
import { TICKET_PRIORITIES, TICKET_STATUSES } from '../../../../../../src-shared/domain/ticket'
import type { TicketDetail, TicketPriority } from '../../../../../../src-shared/domain/ticket-types'
import { Button } from '../../../../components/button'
import { usePageShortcuts } from '../../../../lib/use-page-shortcuts'
import { STATUS_KEYS, statusKey, useTriage } from '../../api/use-triage'
import { useEnumLabel } from '../../../../lib/use-enum-label'

const KEYS = [...Object.keys(STATUS_KEYS), '1', '2', '3', '4']

/** Status moves (the ones other than the current status) and the priority; the same keys as the queue. */
export function TicketActions({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation()
  const label = useEnumLabel()
  const triage = useTriage()
  const merged = ticket.mergedInto !== null
  usePageShortcuts(merged ? {} : Object.fromEntries(KEYS.map((key) => [key, () => void triage.onKey(ticket, key)])))
  return (
    <div className="cluster ticket-actions" role="group" aria-label={t('tickets:detail.setStatus')}>
      {TICKET_STATUSES.filter((s) => s !== ticket.status).map((s) => (
        <Button
          key={s}
          size="sm"
          disabled={merged}
          aria-keyshortcuts={statusKey(s)?.toUpperCase()}
          title={`${t(`tickets:detail.to.${s}`)} (${statusKey(s)?.toUpperCase()})`}
          onClick={() => void triage.setStatus(ticket, s)}
        >
          {t(`tickets:detail.to.${s}`)}
        </Button>
      ))}
      <label className="field-inline">
        <span>{t('tickets:queue.priority')}</span>
        <select
          className="input input--sm"
          disabled={merged}
          value={ticket.priority}
          onChange={(e) => void triage.setPriority(ticket, e.target.value as TicketPriority)}
        >
          {TICKET_PRIORITIES.map((p, i) => (
            <option key={p} value={p}>
              {label('ticketPriority', p)} ({i + 1})
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
