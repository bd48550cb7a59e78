import { useTranslation } from 'react-i18next'
import { TICKET_PRIORITIES, TICKET_STATUSES } from '../../../../../../src-shared/domain/ticket'
import type { TicketDetail, TicketPriority, TicketStatus } from '../../../../../../src-shared/domain/ticket-types'
import { Button } from '../../../../components/button'
import { showToast } from '../../../../components/toast'
import { call } from '../../../../lib/ipc'
import { useActionRunner } from '../../../../lib/use-action-runner'
import { usePageShortcuts } from '../../../../lib/use-page-shortcuts'

/** Keys on a ticket's page: status (O open, P pending, R resolve, C close) and priority (1–4). */
const STATUS_KEYS: Record<string, TicketStatus> = { o: 'open', p: 'pending', r: 'resolved', c: 'closed' }

/** Status moves (the ones other than the current status) and the priority, each sending the version seen. */
export function TicketActions({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation()
  const run = useActionRunner()
  const setStatus = async (status: TicketStatus): Promise<void> => {
    if (status === ticket.status) return
    const done = await run(() => call('tickets.setStatus', { id: ticket.id, status, expectedUpdatedAt: ticket.updatedAt }))
    if (done)
      showToast({ tone: 'success', message: t('tickets:detail.statusChanged', { status: t(`tickets:statuses.${status}`) }) })
  }
  const setPriority = (priority: TicketPriority): void =>
    void run(() => call('tickets.update', { id: ticket.id, expectedUpdatedAt: ticket.updatedAt, patch: { priority } }))
  usePageShortcuts({
    ...Object.fromEntries(Object.entries(STATUS_KEYS).map(([key, status]) => [key, () => void setStatus(status)])),
    ...Object.fromEntries(TICKET_PRIORITIES.map((p, i) => [String(i + 1), () => p !== ticket.priority && setPriority(p)])),
  })
  const merged = ticket.mergedInto !== null
  return (
    <div className="cluster ticket-actions" role="group" aria-label={t('tickets:detail.setStatus')}>
      {TICKET_STATUSES.filter((s) => s !== ticket.status).map((s) => (
        <Button
          key={s}
          size="sm"
          disabled={merged}
          aria-keyshortcuts={Object.keys(STATUS_KEYS)
            .find((k) => STATUS_KEYS[k] === s)
            ?.toUpperCase()}
          onClick={() => void setStatus(s)}
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
          onChange={(e) => setPriority(e.target.value as TicketPriority)}
        >
          {TICKET_PRIORITIES.map((p, i) => (
            <option key={p} value={p}>
              {t(`tickets:priorities.${p}`)} ({i + 1})
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
