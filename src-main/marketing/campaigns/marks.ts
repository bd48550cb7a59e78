import type Database from 'better-sqlite3'
import type { CampaignMark } from '../../../src-shared/domain/campaign'
import { writeAudit } from '../../audit/audit-log'
import { prepared } from '../../db/sql'
import { writeTransaction } from '../../db/transaction'
import { dayStartUtc } from '../../insights/lib/dates'
import { campaignRecord } from './queries'
import { MARK_COLUMN, touchCampaign } from './response-marks'

/**
 * Marks members contacted or responded on a local day (stored as that day's local midnight, so
 * every order of the day counts for the window), or clears the mark (`on` null). Customers who are
 * not members are skipped. One transaction, one audit row on the campaign listing who changed and
 * what they had: its id is the batch `undoMark` takes.
 */
export function markMembers(
  db: Database.Database,
  input: { id: number; customerIds: number[]; mark: CampaignMark; on: string | null },
): { changed: number; batch?: number } {
  return writeTransaction(db, () => {
    campaignRecord(db, input.id)
    const column = MARK_COLUMN[input.mark]
    const at = input.on === null ? null : dayStartUtc(input.on)
    const where = `campaign_id = ? AND customer_id IN (SELECT value FROM json_each(?)) AND ${column} IS NOT ?`
    const params = [input.id, JSON.stringify(input.customerIds), at]
    const before = prepared(db, `SELECT customer_id AS id, ${column} AS value FROM campaign_members WHERE ${where}`).all(
      ...params,
    ) as { id: number; value: string | null }[]
    if (before.length === 0) return { changed: 0 }
    prepared(db, `UPDATE campaign_members SET ${column} = ? WHERE ${where}`).run(at, ...params)
    touchCampaign(db, input.id)
    const batch = writeAudit(db, {
      entity: 'campaign',
      entityId: input.id,
      action: 'update',
      before: { mark: input.mark, before: Object.fromEntries(before.map((b) => [b.id, b.value])) },
      after: { mark: input.mark, at, customerIds: before.map((b) => b.id) },
    })
    return { changed: before.length, batch }
  })
}
