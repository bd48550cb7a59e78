import type Database from 'better-sqlite3'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { TargetSource } from '../../../src-shared/ipc/channels/target-lists'
import { prepared } from '../../db/sql'
import type { SegmentAnalyses } from '../segments/analyses'
import { segmentCustomerIds } from '../segments/evaluate'

/**
 * The customers (not in the Trash) a target list starts from, ascending. A segment is
 * evaluated with the analyses given (the ones its count used), so the list is the counted one.
 */
export function targetMemberIds(db: Database.Database, source: TargetSource, analyses?: SegmentAnalyses): number[] {
  if (source.kind === 'segment') return segmentCustomerIds(db, source.segmentId, analyses)
  const campaign = prepared(db, 'SELECT 1 FROM campaigns WHERE id = ? AND deleted_at IS NULL').get(source.campaignId)
  if (!campaign) throw new AppError('target_source_gone')
  return prepared(
    db,
    `SELECT m.customer_id FROM campaign_members m JOIN customers c ON c.id = m.customer_id
     WHERE m.campaign_id = ? AND c.deleted_at IS NULL ORDER BY m.customer_id`,
  )
    .pluck()
    .all(source.campaignId) as number[]
}
