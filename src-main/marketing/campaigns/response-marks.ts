import type Database from 'better-sqlite3'
import type { CampaignMark } from '../../../src-shared/domain/campaign'
import { NEXT_UPDATED_AT, prepared } from '../../db/sql'
import { dayStartUtc } from '../../insights/lib/dates'

/** The member column each mark sets. */
export const MARK_COLUMN: Record<CampaignMark, string> = { contacted: 'contacted_at', responded: 'responded_at' }

/** A live campaign by its name: its id, or why the name names none or several. */
export function campaignByName(db: Database.Database, name: string): number | 'unknown' | 'ambiguous' {
  const ids = prepared(db, `SELECT id FROM campaigns WHERE name = ? AND deleted_at IS NULL LIMIT 2`).pluck().all(name) as number[]
  if (ids.length === 0) return 'unknown'
  return ids.length > 1 ? 'ambiguous' : ids[0]
}

/** Whether the customer is a member (not a control) of the campaign. */
export function isMember(db: Database.Database, campaignId: number, customerId: number): boolean {
  return (
    prepared(db, 'SELECT 1 FROM campaign_members WHERE campaign_id = ? AND customer_id = ?').get(campaignId, customerId) !==
    undefined
  )
}

/**
 * Marks one member on a local day (stored as its local midnight, like the bulk mark); false when
 * the member already had that mark on that day. Stamps the campaign changed, so an import undo
 * can tell marks made since. The caller owns the transaction, the audit and the change log.
 */
export function markMember(
  db: Database.Database,
  input: { campaignId: number; customerId: number; mark: CampaignMark; on: string },
): boolean {
  const column = MARK_COLUMN[input.mark]
  const changed = prepared(
    db,
    `UPDATE campaign_members SET ${column} = ? WHERE campaign_id = ? AND customer_id = ? AND ${column} IS NOT ?`,
  ).run(dayStartUtc(input.on), input.campaignId, input.customerId, dayStartUtc(input.on)).changes
  if (changed > 0) touchCampaign(db, input.campaignId)
  return changed > 0
}

/** Stamps a campaign's `updated_at`: its members' marks or its cost lines changed. */
export function touchCampaign(db: Database.Database, campaignId: number): void {
  prepared(db, `UPDATE campaigns SET updated_at = ${NEXT_UPDATED_AT} WHERE id = ?`).run(campaignId)
}

/** Every member row of a campaign, as an import saves them with the campaign for its undo. */
export function campaignMemberRows(db: Database.Database, campaignId: number): Record<string, unknown>[] {
  return prepared(db, 'SELECT * FROM campaign_members WHERE campaign_id = ? ORDER BY customer_id').all(campaignId) as Record<
    string,
    unknown
  >[]
}
