import type Database from 'better-sqlite3'
import type { CampaignChoice } from '../../src-shared/domain/order-types'
import { prepared } from '../db/sql'

/** Campaigns an order can be credited to: live ones, the latest starts first. */
export function campaignChoices(db: Database.Database): CampaignChoice[] {
  return prepared(
    db,
    `SELECT id, name, starts_on AS startsOn, ends_on AS endsOn FROM campaigns WHERE deleted_at IS NULL
     ORDER BY starts_on IS NULL, starts_on DESC, id DESC LIMIT 500`,
  ).all() as CampaignChoice[]
}
