import type Database from 'better-sqlite3'
import { prepared, tableWriter } from '../db/sql'

/**
 * Campaign writes shared by the seed (and next the marketing handlers): campaigns and who each
 * reached. Segments belong here too; nothing writes them yet. Callers own the transaction, the
 * audit row and the change event.
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
}

export interface CampaignMember {
  campaignId: number
  customerId: number
  contactedAt?: string | null
  respondedAt?: string | null
}

export const insertCampaign = tableWriter<CampaignValues>('campaigns', (c) => ({
  name: c.name,
  channel: c.channel,
  starts_on: c.startsOn,
  ends_on: c.endsOn,
  cost: c.cost,
  segment_id: c.segmentId,
  notes: c.notes,
})).insert

/** Adds a customer to a campaign's reach; one row per campaign and customer (the primary key refuses a second). */
export function addCampaignMember(db: Database.Database, m: CampaignMember): void {
  prepared(db, 'INSERT INTO campaign_members (campaign_id, customer_id, contacted_at, responded_at) VALUES (?, ?, ?, ?)').run(
    m.campaignId,
    m.customerId,
    m.contactedAt ?? null,
    m.respondedAt ?? null,
  )
}
