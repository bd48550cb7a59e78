import { z } from 'zod'
import { channel } from '../channel'
import { businessCalendarInput, serviceSettingsPatch, type ServiceSettings } from '../../domain/service-settings'
import type { CannedReply, QueueRow, TicketDetail } from '../../domain/ticket-types'
import { id } from '../schemas'
import {
  cannedReplyInput,
  mergeInput,
  messageInput,
  newTicketInput,
  noteInput,
  queueInput,
  statusInput,
  ticketPatchInput,
} from './ticket-schemas'

const none = z.strictObject({})

/** Tickets, their event log and SLA clocks, canned replies and the service settings. */
export const ticketChannels = {
  /** The queue: soonest to breach first (most overdue at the top), paused and done tickets after. */
  'tickets.queue': channel<{ rows: QueueRow[]; total: number }>()(queueInput),
  'tickets.get': channel<TicketDetail>()(z.strictObject({ id })),
  /** Opens a ticket (number TK0000001 …), for a found customer or one created on the spot. */
  'tickets.create': channel<TicketDetail>()(newTicketInput),
  /** Edits subject, description, kind, priority, customer or order; a stale version is refused. */
  'tickets.update': channel<TicketDetail>()(ticketPatchInput),
  /** Logs what the shop told the customer (by phone, WeChat, in person …): stops the first-response clock. */
  'tickets.reply': channel<TicketDetail>()(messageInput),
  /** Logs what the customer told the shop; a pending ticket opens again (its clock resumes). */
  'tickets.receive': channel<TicketDetail>()(messageInput),
  /** An internal note: never shown to the customer, moves no clock. */
  'tickets.note': channel<TicketDetail>()(noteInput),
  /** open → pending → resolved → closed, and reopen; a resolved ticket gets its one survey request. */
  'tickets.setStatus': channel<TicketDetail>()(statusInput),
  /** Moves everything of `mergeId` onto `keepId` and marks it merged; `tickets.unmerge` undoes it. */
  'tickets.merge': channel<{ mergeId: number; ticket: TicketDetail }>()(mergeInput),
  'tickets.unmerge': channel<TicketDetail>()(z.strictObject({ mergeId: id })),
  'tickets.settings': channel<ServiceSettings>()(none),
  /** Saves targets, calendar and survey questions; due times of open tickets are recomputed. */
  'tickets.saveSettings': channel<ServiceSettings>()(serviceSettingsPatch),
  /** Checks a calendar as a save would (the form asks while you type); refuses with `sla_calendar_*`. */
  'tickets.checkCalendar': channel<{ ok: true }>()(z.strictObject({ calendar: businessCalendarInput })),
  'tickets.cannedReplies': channel<CannedReply[]>()(none),
  'tickets.saveCannedReply': channel<CannedReply>()(cannedReplyInput),
  /** Soft delete; `tickets.restoreCannedReply` undoes it. */
  'tickets.deleteCannedReply': channel<{ count: number }>()(z.strictObject({ id })),
  'tickets.restoreCannedReply': channel<CannedReply>()(z.strictObject({ id })),
}
