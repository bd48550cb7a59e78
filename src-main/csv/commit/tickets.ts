import type { TicketInput } from '../../../src-shared/domain/ticket'
import { findId } from '../../db/sql'
import { reconcileImportedTicket, ticketEventRows } from '../../service/tickets/ticket-import'
import { insertTicket, updateTicket, type TicketValues } from '../../service/write'
import { customerResolver } from './customer-ref'
import { findDuplicate, type KeyLookup } from './match'
import { RowFailure, type KindWriter, type Outcome, type WriterOptions } from './types'
import { writeMatched } from './write-matched'

export const ticketKeys = { uid: (r: TicketInput) => r.uid, number: (r: TicketInput) => r.number }

export function ticketWriter({ db, rules, changes }: WriterOptions): KindWriter<TicketInput> {
  const resolveCustomer = customerResolver(db, changes)
  const lookups: Record<string, KeyLookup<TicketInput>> = {
    uid: { value: ticketKeys.uid, find: (v) => findId(db, 'tickets', 'uid', v) },
    number: { value: ticketKeys.number, find: (v) => findId(db, 'tickets', 'number', v) },
  }
  return {
    write(record): Outcome {
      const match = findDuplicate(rules, lookups, record)
      if (match?.action === 'skip') return 'skipped'
      if (match?.action === 'create') throw new RowFailure('duplicate_unique', { value: record.number })
      const ticket: TicketValues = {
        number: record.number,
        kind: record.kind,
        subject: record.subject,
        body: record.body,
        priority: record.priority,
        status: record.status,
        openedAt: record.openedAt,
        resolvedAt: record.resolvedAt,
        dueAt: record.dueAt,
        customerId: resolveCustomer(record.customer) ?? undefined,
      }
      // The service domain keeps the ticket's log and the columns derived from it in step.
      return writeMatched(changes, 'tickets', match, record.uid, {
        insert: (meta) => {
          const id = insertTicket(db, ticket, meta)
          reconcileImportedTicket(db, id)
          return id
        },
        update: (id) => {
          updateTicket(db, id, ticket)
          reconcileImportedTicket(db, id)
        },
        saveWith: (before, id) => (before.events = ticketEventRows(db, id)),
      })
    },
    finish: () => undefined,
  }
}
