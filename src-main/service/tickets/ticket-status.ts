import type { TicketStatus } from '../../../src-shared/domain/ticket-types'

/**
 * Where a ticket may go from each status: open → pending (waiting for the customer) → resolved →
 * closed, with shortcuts forward, and reopen from resolved or closed. Pending goes back to open
 * when the customer answers or the shop picks it up again.
 */
const NEXT: Record<TicketStatus, readonly TicketStatus[]> = {
  open: ['pending', 'resolved', 'closed'],
  pending: ['open', 'resolved', 'closed'],
  resolved: ['open', 'closed'],
  closed: ['open'],
}

export const canMove = (from: TicketStatus, to: TicketStatus): boolean => NEXT[from].includes(to)

export const isDone = (status: TicketStatus): boolean => status === 'resolved' || status === 'closed'
