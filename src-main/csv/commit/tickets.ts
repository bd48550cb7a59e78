import type { TicketInput } from '../../../src-shared/domain/ticket'
import { customerResolver } from './customer-ref'
import { findDuplicate, type KeyLookup } from './match'
import { findId } from './sql'
import { RowFailure, type KindWriter, type Outcome, type WriterOptions } from './types'
import { writeMatched } from './write-matched'

export function ticketWriter({ db, rules, changes }: WriterOptions): KindWriter<TicketInput> {
  const resolveCustomer = customerResolver(db, changes)
  const lookups: Record<string, KeyLookup<TicketInput>> = {
    uid: { value: (r) => r.uid, find: (v) => findId(db, 'tickets', 'uid', v) },
    number: { value: (r) => r.number, find: (v) => findId(db, 'tickets', 'number', v) },
  }
  return {
    write(record): Outcome {
      const match = findDuplicate(rules, lookups, record)
      if (match?.action === 'skip') return 'skipped'
      if (match?.action === 'create') throw new RowFailure('duplicate_unique', { value: record.number })
      const values = {
        number: record.number, kind: record.kind, subject: record.subject, body: record.body, priority: record.priority,
        status: record.status, opened_at: record.openedAt, resolved_at: record.resolvedAt, due_at: record.dueAt,
        customer_id: resolveCustomer(record.customer) ?? undefined,
      }
      return writeMatched(db, changes, 'tickets', match, values, record.uid)
    },
    finish: () => undefined,
  }
}
