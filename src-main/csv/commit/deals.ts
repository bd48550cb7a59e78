import type { DealInput } from '../../../src-shared/domain/deal'
import { findId } from '../../db/sql'
import { stageHistoryRows } from '../../deals/queries'
import { defaultStage, stageByName } from '../../deals/stages'
import { createDeal, updateDeal, type NewDeal } from '../../deals/write'
import { customerResolver } from './customer-ref'
import { findDuplicate, type KeyLookup } from './match'
import { RowFailure, type KindWriter, type Outcome, type WriterOptions } from './types'
import { writeMatched } from './write-matched'

/**
 * Imports deals through the deals module's writes, so an imported deal keeps the same rules as
 * one moved on the board: a stage-history row, `closed_at` when won or lost, probability from
 * the stage unless the file gives one.
 */
export function dealWriter({ db, rules, changes }: WriterOptions): KindWriter<DealInput> {
  const resolveCustomer = customerResolver(db, changes)
  const lookups: Record<string, KeyLookup<DealInput>> = {
    uid: { value: (r) => r.uid, find: (v) => findId(db, 'deals', 'uid', v) },
  }
  // A named stage must exist; without one, a deal goes to the first stage of its status's kind.
  const stageId = (record: DealInput): number => {
    const stage = record.stage ? stageByName(db, record.stage) : defaultStage(db, record.status)
    if (!stage) throw new RowFailure('unknown_stage', { value: record.stage ?? '' })
    return stage.id
  }
  return {
    write(record): Outcome {
      const match = findDuplicate(rules, lookups, record)
      if (match?.action === 'skip') return 'skipped'
      const deal: NewDeal = {
        title: record.title,
        value: record.value,
        stageId: stageId(record),
        probability: record.probability,
        expectedClose: record.expectedClose,
        status: record.status,
        lostReason: record.lostReason,
        customerId: resolveCustomer(record.customer) ?? undefined,
      }
      return writeMatched(changes, 'deals', match, record.uid, {
        insert: (meta) => createDeal(db, deal, meta),
        update: (id) => updateDeal(db, id, deal),
        saveWith: (before, id) => (before.history = stageHistoryRows(db, id)),
      })
    },
    finish: () => undefined,
  }
}
