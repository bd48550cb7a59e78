import { z } from 'zod'
import { customerRef, isoDateTime, requiredText, shortText, text } from './common'

import { TICKET_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from './ticket-types'

export {
  TICKET_KINDS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketKind,
  type TicketPriority,
  type TicketStatus,
} from './ticket-types'

/** A service ticket as the ticket form and the CSV importer create it. */
export const ticketInput = z
  .object({
    number: requiredText(64),
    kind: z.enum(TICKET_KINDS).default('inquiry'),
    subject: requiredText(300),
    body: shortText(20000).default(''),
    priority: z.enum(TICKET_PRIORITIES).default('normal'),
    status: z.enum(TICKET_STATUSES).default('open'),
    openedAt: isoDateTime.optional(),
    resolvedAt: isoDateTime.optional(),
    dueAt: isoDateTime.optional(),
    customer: customerRef.strict().optional(),
    uid: text(64).optional(),
  })
  .strict()
  .refine((t) => !t.resolvedAt || !t.openedAt || t.resolvedAt >= t.openedAt, {
    message: 'resolved before it was opened',
    path: ['resolvedAt'],
  })

export type TicketInput = z.output<typeof ticketInput>
