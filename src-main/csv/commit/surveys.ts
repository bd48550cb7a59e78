import type { SurveyInput } from '../../../src-shared/domain/survey'
import { findId } from '../../db/sql'
import { insertSurveyResponse, updateSurveyResponse, type SurveyResponseValues } from '../../service/write'
import { customerResolver } from './customer-ref'
import { findDuplicate, type KeyLookup } from './match'
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
      const survey: SurveyResponseValues = {
        kind: record.kind,
        score: record.score,
        comment: record.comment,
        at: record.at,
        ticketId: ticketId(record.ticketNumber),
        customerId: resolveCustomer(record.customer) ?? undefined,
      }
      return writeMatched(changes, 'survey_responses', match, record.uid, {
        insert: (meta) => insertSurveyResponse(db, survey, meta),
        update: (id) => updateSurveyResponse(db, id, survey),
      })
    },
    finish: () => undefined,
  }
}
