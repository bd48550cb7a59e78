import type Database from 'better-sqlite3'
import { prepared, tableWriter } from '../db/sql'

/**
 * Campaign rows shared by the seed and the campaign commands (`campaigns/`): campaigns and who
 * each reached. Callers own the transaction, the audit row and the change event.
 */

export interface CampaignValues {
  name: string
  channel?: string | null
  startsOn?: string | null
  endsOn?: string | null
  /** Minor units. */
  cost?: number
  segmentId?: number | null
  notes?: string
  status?: string
  attributionDays?: number
  launchedAt?: string | null
  deletedAt?: string | null
}

export interface CampaignMember {
  campaignId: number
  customerId: number
  contactedAt?: string | null
  respondedAt?: string | null
}

const campaignWriter = tableWriter<CampaignValues>('campaigns', (c) => ({
  name: c.name,
  channel: c.channel,
  starts_on: c.startsOn,
  ends_on: c.endsOn,
  cost: c.cost,
  segment_id: c.segmentId,
  notes: c.notes,
  status: c.status,
  attribution_days: c.attributionDays,
  launched_at: c.launchedAt,
  deleted_at: c.deletedAt,
}))

/** Inserts a campaign; a cost given here becomes its first cost line (the schema keeps `cost` = Σ lines). */
export const insertCampaign = campaignWriter.insert
/** Applies the given fields (never `cost`: change the cost lines). */
export const updateCampaign = campaignWriter.update

/** Adds a customer to a campaign's reach; one row per campaign and customer (the primary key refuses a second). */
export function addCampaignMember(db: Database.Database, m: CampaignMember): void {
  prepared(db, 'INSERT INTO campaign_members (campaign_id, customer_id, contacted_at, responded_at) VALUES (?, ?, ?, ?)').run(
    m.campaignId,
    m.customerId,
    m.contactedAt ?? null,
    m.respondedAt ?? null,
  )
}
