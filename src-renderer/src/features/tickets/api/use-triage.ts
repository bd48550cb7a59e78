import { useTranslation } from 'react-i18next'
import { TICKET_PRIORITIES } from '../../../../../src-shared/domain/ticket'
import type { QueueRow, TicketPriority, TicketStatus } from '../../../../../src-shared/domain/ticket-types'
import { showToast } from '../../../components/toast'
import { call } from '../../../lib/ipc'
import { useActionRunner } from '../../../lib/use-action-runner'
import { useEnumLabel } from '../../../lib/use-enum-label'

/** Triage keys, in the queue (on the active row) and on a ticket's page: O P R C set the status, 1–4 the priority. */
export const STATUS_KEYS: Record<string, TicketStatus> = { o: 'open', p: 'pending', r: 'resolved', c: 'closed' }
export const statusKey = (status: TicketStatus): string | undefined =>
  Object.keys(STATUS_KEYS).find((k) => STATUS_KEYS[k] === status)

/** Status and priority changes that send the version the owner saw (a stale one is refused). */
export function useTriage() {
  const { t } = useTranslation()
  const label = useEnumLabel()
  const run = useActionRunner()
  const setStatus = async (ticket: QueueRow, status: TicketStatus): Promise<void> => {
    if (status === ticket.status) return
    const done = await run(() => call('tickets.setStatus', { id: ticket.id, status, expectedUpdatedAt: ticket.updatedAt }))
    if (done)
      showToast({
        tone: 'success',
        message: t('tickets:detail.statusChanged', { number: ticket.number, status: label('ticketStatus', status) }),
      })
  }
  const setPriority = async (ticket: QueueRow, priority: TicketPriority): Promise<void> => {
    if (priority === ticket.priority) return
    await run(() => call('tickets.update', { id: ticket.id, expectedUpdatedAt: ticket.updatedAt, patch: { priority } }))
  }
  /** Runs the action a key stands for on the ticket; false when the key means nothing here. */
  const onKey = (ticket: QueueRow, key: string): boolean => {
    const priority = TICKET_PRIORITIES[Number(key) - 1]
    if (STATUS_KEYS[key]) void setStatus(ticket, STATUS_KEYS[key])
    else if (priority && /^[1-4]$/.test(key)) void setPriority(ticket, priority)
    else return false
    return true
  }
  return { setStatus, setPriority, onKey }
}
