import { useTranslation } from 'react-i18next'
import type { TicketPriority } from '../../../../../../src-shared/domain/ticket'
import type { RecordPanelProps } from '../../../../registries/record-panels'
import { Badge } from '../../../../components/badge'
import { useEnumLabel } from '../../../../lib/use-enum-label'
import { useFormat } from '../../../../lib/use-format'
import { useQuery } from '../../../../lib/use-query'
import { CUSTOMER_ENTITIES } from '../../api/entities'

/**
 * Open tickets: a short list until the service page lands. It asks for the same `customers.get`
 * as the page around it, which the query cache answers once.
 */
const useOpenItems = (customerId: number) => useQuery('customers.get', { id: customerId }, { entities: CUSTOMER_ENTITIES }).data

/** Priorities worth a badge; low and normal stay quiet (colour only for what needs attention). */
const URGENT: readonly TicketPriority[] = ['high', 'urgent']

export function OpenTickets({ recordId: customerId }: RecordPanelProps) {
  const { t } = useTranslation()
  const f = useFormat()
  const label = useEnumLabel()
  const customer = useOpenItems(customerId)
  if (!customer) return null
  if (customer.openTickets.length === 0) return <p className="muted">{t('customers:ui.detail.noTickets')}</p>
  return (
    <ul className="related-list">
      {customer.openTickets.map((ticket) => (
        <li key={ticket.id}>
          <span className="tabular">{ticket.number}</span> <strong>{ticket.subject}</strong> · {f.date(ticket.openedAt)} ·{' '}
          {label('ticketStatus', ticket.status)}
          {URGENT.includes(ticket.priority) && (
            <>
              {' '}
              <Badge tone={ticket.priority === 'urgent' ? 'danger' : 'warning'}>{label('ticketPriority', ticket.priority)}</Badge>
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
