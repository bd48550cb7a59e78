import type { DealInput } from '../../../src-shared/domain/deal'
import { prepared } from '../../customers/statements'
import { customerResolver } from './customer-ref'
import { findDuplicate, type KeyLookup } from './match'
import { findId } from './sql'
import { RowFailure, type KindWriter, type Outcome, type WriterOptions } from './types'
import { writeMatched } from './write-matched'

export function dealWriter({ db, rules, changes }: WriterOptions): KindWriter<DealInput> {
  const resolveCustomer = customerResolver(db, changes)
  const lookups: Record<string, KeyLookup<DealInput>> = { uid: { value: (r) => r.uid, find: (v) => findId(db, 'deals', 'uid', v) } }
  // A named stage must exist; without one, deals start in the first open stage.
  const stageId = (name: string | undefined): number => {
    const sql = name
      ? 'SELECT id FROM pipeline_stages WHERE name = ? COLLATE NOCASE'
      : "SELECT id FROM pipeline_stages WHERE kind = 'open' AND ? IS NULL ORDER BY position LIMIT 1"
    const id = prepared(db, sql).pluck().get(name ?? null) as number | undefined
    if (id === undefined) throw new RowFailure('unknown_stage', { value: name ?? '' })
    return id
  }
  return {
    write(record): Outcome {
      const match = findDuplicate(rules, lookups, record)
      if (match?.action === 'skip') return 'skipped'
      const values = {
        title: record.title, value: record.value, stage_id: stageId(record.stage), probability: record.probability,
        expected_close: record.expectedClose, status: record.status, lost_reason: record.lostReason,
        customer_id: resolveCustomer(record.customer) ?? undefined,
      }
      return writeMatched(db, changes, 'deals', match, values, record.uid)
    },
    finish: () => undefined,
  }
}
