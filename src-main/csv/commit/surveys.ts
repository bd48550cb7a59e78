import type { SurveyInput } from '../../../src-shared/domain/survey'
import { customerResolver } from './customer-ref'
import { findDuplicate, type KeyLookup } from './match'
import { findId } from './sql'
import { RowFailure, type KindWriter, type Outcome, type WriterOptions } from './types'
import { writeMatched } from './write-matched'

export function surveyWriter({ db, rules, changes }: WriterOptions): KindWriter<SurveyInput> {
  const resolveCustomer = customerResolver(db, changes)
  const lookups: Record<string, KeyLookup<SurveyInput>> = {
    uid: { value: (r) => r.uid, find: (v) => findId(db, 'survey_responses', 'uid', v) },
  }
  const ticketId = (number: string | undefined): number | undefined => {
    if (!number) return undefined
    const id = findId(db, 'tickets', 'number', number)
    if (id === undefined) throw new RowFailure('unknown_ticket', { value: number })
    return id
  }
  return {
    write(record): Outcome {
      const match = findDuplicate(rules, lookups, record)
      if (match?.action === 'skip') return 'skipped'
      const values = {
        kind: record.kind, score: record.score, comment: record.comment, at: record.at,
        ticket_id: ticketId(record.ticketNumber), customer_id: resolveCustomer(record.customer) ?? undefined,
      }
      return writeMatched(db, changes, 'survey_responses', match, values, record.uid)
    },
    finish: () => undefined,
  }
}
