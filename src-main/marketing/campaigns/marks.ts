import type Database from 'better-sqlite3'
import type { CampaignMark } from '../../../src-shared/domain/campaign'
import { writeAudit } from '../../audit/audit-log'
import { prepared } from '../../db/sql'
import { writeTransaction } from '../../db/transaction'
import { dayStartUtc } from '../../insights/lib/dates'
import { campaignRecord } from './queries'

const COLUMN: Record<CampaignMark, string> = { contacted: 'contacted_at', responded: 'responded_at' }

/**
 * Marks members contacted or responded on a local day (stored as that day's local midnight, so
 * every order of the day counts for the window), or clears the mark (`on` null). Customers who are
 * not members are skipped. One transaction, one audit row on the campaign listing who changed.
 */
export function markMembers(
  db: Database.Database,
  input: { id: number; customerIds: number[]; mark: CampaignMark; on: string | null },
): number {
  return writeTransaction(db, () => {
    campaignRecord(db, input.id)
    const column = COLUMN[input.mark]
    const at = input.on === null ? null : dayStartUtc(input.on)
    const changed = prepared(
      db,
      `UPDATE campaign_members SET ${column} = ?
        WHERE campaign_id = ? AND customer_id IN (SELECT value FROM json_each(?)) AND ${column} IS NOT ?
        RETURNING customer_id`,
    )
      .pluck()
      .all(at, input.id, JSON.stringify(input.customerIds), at) as number[]
    if (changed.length > 0) {
      writeAudit(db, {
        entity: 'campaign',
        entityId: input.id,
        action: 'update',
        after: { mark: input.mark, at, customerIds: changed },
      })
    }
    return changed.length
  })
}
