import type Database from 'better-sqlite3'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { TargetSource } from '../../../src-shared/ipc/channels/target-lists'
import { prepared } from '../../db/sql'

/** The customers (not in the Trash) a target list starts from, ascending. */
export function targetMemberIds(db: Database.Database, source: TargetSource): number[] {
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
