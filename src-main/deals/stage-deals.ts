import type Database from 'better-sqlite3'
import { writeAuditMany } from '../audit/audit-log'
import { prepared } from '../db/sql'
import type { DealRecord } from './deal-record'
import { writeStageChangeEntry } from './stage-change-entry'
import { moveDeal } from './write'

/**
 * Moves every deal of a stage being deleted to `toStageId`, in their board order, each as a
 * move (stage history, timeline entry, the rules of the new stage); deals in the Trash just
 * follow (no history), so a restored deal lands on a live stage. Returns how many live deals moved.
 */
export function moveStageDeals(db: Database.Database, fromStageId: number, toStageId: number): number {
  const deals = prepared(
    db,
    'SELECT id, title, customer_id, lost_reason FROM deals WHERE stage_id = ? AND deleted_at IS NULL ORDER BY position, id',
  ).all(fromStageId) as Pick<DealRecord, 'id' | 'title' | 'customer_id' | 'lost_reason'>[]
  const at = new Date().toISOString()
  for (const deal of deals) {
    moveDeal(db, deal.id, toStageId, { at, lostReason: deal.lost_reason })
    writeStageChangeEntry(db, deal, fromStageId, toStageId, at)
  }
  prepared(db, 'UPDATE deals SET stage_id = ? WHERE stage_id = ? AND deleted_at IS NOT NULL').run(toStageId, fromStageId)
  if (deals.length > 0) {
    writeAuditMany(db, {
      entity: 'deal',
      entityIds: deals.map((d) => d.id),
      action: 'update',
      before: { stageId: fromStageId },
      after: { stageId: toStageId, reason: 'stage deleted' },
    })
  }
  return deals.length
}
