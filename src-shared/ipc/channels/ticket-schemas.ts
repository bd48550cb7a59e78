import { z } from 'zod'
import { customerInput } from '../../domain/customer'
import { TICKET_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from '../../domain/ticket'
import { MESSAGE_CHANNELS } from '../../domain/ticket-types'
import { ticketDrill } from './drill'
import { id, isoDateTime, isoDateTimeWithOffset, paging, wellFormed } from '../schemas'

/** Input pieces of the `tickets.*` channels (the forms validate with the same ones). */

export const ticketMessages = {
  customerChoice: 'tickets.validation.customerChoice',
  mergeSelf: 'tickets.validation.mergeSelf',
} as const

const subject = wellFormed(z.string()).trim().min(1).max(300)
const body = wellFormed(z.string()).trim().max(20000)
/** A message or note: something must be written. */
const text = wellFormed(z.string()).trim().min(1).max(20000)
/** The version of the ticket the user saw (its `updatedAt`). */
const expectedUpdatedAt = isoDateTime
/** When it happened, if not now: not before the ticket's last event and not in the future. */
const at = isoDateTimeWithOffset.optional()

export const queueInput = z.strictObject({
  /** Default: open and pending (the work to do). */
  statuses: z.array(z.enum(TICKET_STATUSES)).min(1).max(4).optional(),
  kinds: z.array(z.enum(TICKET_KINDS)).min(1).max(4).optional(),
  priorities: z.array(z.enum(TICKET_PRIORITIES)).min(1).max(4).optional(),
  customerId: id.optional(),
  orderId: id.optional(),
  /** Ticket number, subject, customer name or phone. */
  query: wellFormed(z.string()).max(100).optional(),
  /** The tickets behind a dashboard bar (drill-down); without `statuses`, every status. */
  drill: ticketDrill.optional(),
  ...paging(500),
})
export type QueueInput = z.output<typeof queueInput>

export const newTicketInput = z
  .strictObject({
    customerId: id.optional(),
    /** A customer created on the spot, in the same transaction as the ticket. */
    newCustomer: customerInput.pick({ name: true, phone: true }).optional(),
    orderId: id.optional(),
    kind: z.enum(TICKET_KINDS),
    priority: z.enum(TICKET_PRIORITIES),
    subject,
    body: body.default(''),
    openedAt: at,
  })
  .refine((t) => !(t.customerId !== undefined && t.newCustomer !== undefined), {
    message: ticketMessages.customerChoice,
    path: ['customerId'],
  })
export type NewTicketInput = z.output<typeof newTicketInput>

export const ticketPatchInput = z.strictObject({
  id,
  expectedUpdatedAt,
  patch: z
    .strictObject({
      subject,
      body,
      kind: z.enum(TICKET_KINDS),
      priority: z.enum(TICKET_PRIORITIES),
      customerId: id.nullable(),
      orderId: id.nullable(),
    })
    .partial(),
})

export const messageInput = z.strictObject({
  id,
  body: text,
  channel: z.enum(MESSAGE_CHANNELS),
  at,
  expectedUpdatedAt: expectedUpdatedAt.optional(),
})
export type MessageInput = z.output<typeof messageInput>

export const noteInput = z.strictObject({ id, body: text, at, expectedUpdatedAt: expectedUpdatedAt.optional() })

export const statusInput = z.strictObject({ id, status: z.enum(TICKET_STATUSES), at, expectedUpdatedAt })
export type StatusInput = z.output<typeof statusInput>

export const mergeInput = z
  .strictObject({ keepId: id, mergeId: id })
  .refine((m) => m.keepId !== m.mergeId, { message: ticketMessages.mergeSelf, path: ['mergeId'] })

export const cannedReplyInput = z.strictObject({
  id: id.optional(),
  title: wellFormed(z.string()).trim().min(1).max(100),
  body: wellFormed(z.string()).trim().min(1).max(5000),
  /** Required when editing (`id` given): the reply's `updatedAt` as the form loaded it. */
  expectedUpdatedAt: expectedUpdatedAt.optional(),
})
export type CannedReplyInput = z.output<typeof cannedReplyInput>
