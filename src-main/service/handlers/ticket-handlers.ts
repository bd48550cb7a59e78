import type { DataEntity } from '../../../src-shared/ipc'
import type { BusinessCalendar } from '../sla'
import { writeTransaction } from '../../db/transaction'
import type { HandlerContext } from '../../ipc/context'
import type { DomainHandlers } from '../../ipc/handler'
import { compileCalendar } from '../sla'
import { readServiceSettings, writeServiceSettings } from '../settings/service-settings'
import { deleteCannedReply, listCannedReplies, restoreCannedReply, saveCannedReply } from '../tickets/canned-replies'
import { ensureFreshDueTimes, refreshDueTimes } from '../tickets/due-times'
import { queryQueue } from '../tickets/queue-query'
import { createTicket } from '../tickets/ticket-create'
import { loadTicketDetail } from '../tickets/ticket-detail'
import { addNote, addReceived, addReply, setStatus } from '../tickets/ticket-events-write'
import { mergeTickets, unmergeTickets } from '../tickets/ticket-merge'
import { editTicket } from '../tickets/ticket-update'

const TICKET_WRITE: DataEntity[] = ['tickets', 'ticket_events', 'survey_requests']
const changed = (ctx: HandlerContext, entities: DataEntity[]): void => ctx.emit('data.changed', { entities })

/**
 * A ticket write: one transaction with the settings in force, then the change event and the
 * ticket as it is now.
 */
function ticketWrite(ctx: HandlerContext, write: (settings: ReturnType<typeof readServiceSettings>) => number) {
  const settings = readServiceSettings(ctx.db)
  const id = writeTransaction(ctx.db, () => write(settings))
  changed(ctx, TICKET_WRITE)
  return loadTicketDetail(ctx.db, id, settings)
}

export const ticketHandlers: DomainHandlers<'tickets'> = {
  'tickets.queue': (input, ctx) => {
    ensureFreshDueTimes(ctx.db)
    return queryQueue(ctx.db, input, readServiceSettings(ctx.db))
  },
  'tickets.get': ({ id }, ctx) => loadTicketDetail(ctx.db, id, readServiceSettings(ctx.db)),
  'tickets.create': (input, ctx) => {
    const detail = ticketWrite(ctx, (settings) => createTicket(ctx.db, input, settings))
    if (input.newCustomer) changed(ctx, ['customers'])
    return detail
  },
  'tickets.update': ({ id, expectedUpdatedAt, patch }, ctx) =>
    ticketWrite(ctx, (settings) => (editTicket(ctx.db, id, expectedUpdatedAt, patch, settings), id)),
  'tickets.reply': (input, ctx) => ticketWrite(ctx, (settings) => (addReply(ctx.db, input, settings), input.id)),
  'tickets.receive': (input, ctx) => ticketWrite(ctx, (settings) => (addReceived(ctx.db, input, settings), input.id)),
  'tickets.note': (input, ctx) => ticketWrite(ctx, (settings) => (addNote(ctx.db, input, settings), input.id)),
  'tickets.setStatus': (input, ctx) => ticketWrite(ctx, (settings) => (setStatus(ctx.db, input, settings), input.id)),
  'tickets.merge': ({ keepId, mergeId }, ctx) => {
    let mergeRow = 0
    const ticket = ticketWrite(ctx, (settings) => ((mergeRow = mergeTickets(ctx.db, keepId, mergeId, settings)), keepId))
    changed(ctx, ['activities'])
    return { mergeId: mergeRow, ticket }
  },
  'tickets.unmerge': ({ mergeId }, ctx) => {
    const ticket = ticketWrite(ctx, (settings) => unmergeTickets(ctx.db, mergeId, settings))
    changed(ctx, ['activities'])
    return ticket
  },
  'tickets.settings': (_input, ctx) => readServiceSettings(ctx.db),
  'tickets.saveSettings': (patch, ctx) => {
    const saved = writeTransaction(ctx.db, (db) => {
      const next = writeServiceSettings(db, patch)
      refreshDueTimes(db, next)
      return next
    })
    changed(ctx, ['settings', 'tickets', 'survey_requests'])
    return saved
  },
  'tickets.checkCalendar': ({ calendar }) => {
    compileCalendar(calendar as BusinessCalendar)
    return { ok: true as const }
  },
  'tickets.cannedReplies': (_input, ctx) => listCannedReplies(ctx.db),
  'tickets.saveCannedReply': (input, ctx) => {
    const reply = writeTransaction(ctx.db, (db) => saveCannedReply(db, input))
    changed(ctx, ['canned_replies'])
    return reply
  },
  'tickets.deleteCannedReply': ({ id }, ctx) => {
    const count = writeTransaction(ctx.db, (db) => deleteCannedReply(db, id))
    changed(ctx, ['canned_replies'])
    return { count }
  },
  'tickets.restoreCannedReply': ({ id }, ctx) => {
    const reply = writeTransaction(ctx.db, (db) => restoreCannedReply(db, id))
    changed(ctx, ['canned_replies'])
    return reply
  },
}
