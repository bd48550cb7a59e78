import type Database from 'better-sqlite3'
import type { CampaignMark } from '../../../src-shared/domain/campaign'
import { AppError } from '../../../src-shared/ipc/app-error'
import { writeAudit } from '../../audit/audit-log'
import { prepared } from '../../db/sql'
import { writeTransaction } from '../../db/transaction'
import { campaignRecord } from './queries'
import { MARK_COLUMN, touchCampaign } from './response-marks'

interface MarkBatch {
  before: string
  after: string
}

/**
 * Puts back what one bulk mark changed (`batch`, the id `markMembers` answered). A member whose
 * mark was changed again since keeps the newer mark: undo never overwrites a later decision.
 * A batch that is not a mark of this campaign, or was undone already, is `campaign_mark_undo_gone`.
 * One transaction, one audit row; returns how many members got their old mark back.
 */
export function undoMark(db: Database.Database, input: { id: number; batch: number }): number {
  return writeTransaction(db, () => {
    campaignRecord(db, input.id)
    const row = prepared(
      db,
      `SELECT before, after FROM audit_log a
        WHERE id = @batch AND entity = 'campaign' AND entity_id = @id AND action = 'update'
          AND json_extract(after, '$.mark') IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM audit_log u WHERE u.entity = 'campaign' AND u.entity_id = @id
                          AND u.action = 'undo' AND json_extract(u.after, '$.undoes') = @batch)`,
    ).get(input) as MarkBatch | undefined
    if (!row) throw new AppError('campaign_mark_undo_gone')
    const { mark, before } = JSON.parse(row.before) as { mark: CampaignMark; before: Record<string, string | null> }
    const { at } = JSON.parse(row.after) as { at: string | null }
    const column = MARK_COLUMN[mark]
    const putBack = prepared(
      db,
      `UPDATE campaign_members SET ${column} = ? WHERE campaign_id = ? AND customer_id = ? AND ${column} IS ?`,
    )
    const restored = Object.entries(before).filter(
      ([customerId, value]) => putBack.run(value, input.id, Number(customerId), at).changes > 0,
    )
    if (restored.length > 0) touchCampaign(db, input.id)
    writeAudit(db, {
      entity: 'campaign',
      entityId: input.id,
      action: 'undo',
      before: { mark, at, customerIds: restored.map(([customerId]) => Number(customerId)) },
      after: { undoes: input.batch },
    })
    return restored.length
  })
}
