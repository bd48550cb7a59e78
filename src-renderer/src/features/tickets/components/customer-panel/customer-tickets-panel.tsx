import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../../../components/button'
import { useFormat } from '../../../../lib/use-format'
import { useQuery } from '../../../../lib/use-query'
import type { RecordPanelProps } from '../../../../registries/record-panels'
import { useNavigationStore } from '../../../../stores/navigation'
import { TICKET_ENTITIES } from '../../api/entities'
import { NewTicketDialog } from '../queue/new-ticket-dialog'
import { SlaBadge } from '../queue/sla-badge'
import { useEnumLabel } from '../../../../lib/use-enum-label'

const SHOWN = 10

/** On the customer page: their tickets (open first, by time to breach) and a new one, e.g. a complaint about an order. */
export function CustomerTicketsPanel({ recordId: customerId }: RecordPanelProps) {
  const { t } = useTranslation()
  const label = useEnumLabel()
  const f = useFormat()
  const navigate = useNavigationStore((s) => s.navigate)
  const [creating, setCreating] = useState(false)
  const input = { customerId, statuses: ['open', 'pending', 'resolved', 'closed'] as const, offset: 0, limit: SHOWN }
  const { data } = useQuery('tickets.queue', { ...input, statuses: [...input.statuses] }, { entities: TICKET_ENTITIES })
  const customer = useQuery('customers.get', { id: customerId }, { entities: ['customers'] }).data
  return (
    <div className="stack">
      {data?.total === 0 && <p className="muted">{t('tickets:panel.none')}</p>}
      {data && data.total > 0 && (
        <table className="data-table">
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <Button size="sm" variant="ghost" onClick={() => navigate({ page: 'ticket', id: String(r.id) })}>
                    {r.number}
                  </Button>
                </td>
                <td>{r.subject}</td>
                <td>{label('ticketStatus', r.status)}</td>
                <td>
                  <SlaBadge sla={r.sla} status={r.status} />
                </td>
                <td className="num">{f.date(r.openedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="cluster">
        <Button size="sm" icon="plus" disabled={!customer} onClick={() => setCreating(true)}>
          {t('tickets:panel.new')}
        </Button>
      </div>
      {creating && customer && (
        <NewTicketDialog
          customer={{ id: customer.id, name: customer.name, phone: customer.phone }}
          onClose={() => setCreating(false)}
        />
      )}
    </div>
  )
}
