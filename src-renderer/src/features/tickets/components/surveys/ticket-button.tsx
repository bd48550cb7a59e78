import type { TicketRef } from '../../../../../../src-shared/domain/ticket-refs'
import { Button } from '../../../../components/button'
import { useNavigationStore } from '../../../../stores/navigation'

/** A survey row's ticket: its number, opening the ticket. */
export function TicketButton({ ticket }: { ticket: TicketRef }) {
  const navigate = useNavigationStore((s) => s.navigate)
  return (
    <Button size="sm" variant="ghost" onClick={() => navigate({ page: 'ticket', id: String(ticket.id) })}>
      {ticket.number}
    </Button>
  )
}
