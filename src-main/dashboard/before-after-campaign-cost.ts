import type Database from 'better-sqlite3'
import type { BeforeAfterValue } from '../../src-shared/domain/before-after-types'
import type { DayRange } from '../../src-shared/domain/dashboard-types'
import { prepared } from '../db/sql'
import { daysBetween } from '../insights/lib/dates'

interface DatedCampaign {
  startsOn: string
  endsOn: string
  cost: number
}

/**
 * A campaign's cost is spread evenly over its days (start to end; one day when it has no end),
 * so a period holds the share of the days it overlaps: a four-week campaign that started the
 * week before the change costs both sides. A campaign with no start day cannot be placed and is
 * left out. No dated campaign in the period is a reason, not a zero.
 */
export function campaignCost(db: Database.Database, period: DayRange): BeforeAfterValue {
  const campaigns = prepared(
    db,
    `SELECT starts_on AS startsOn, coalesce(ends_on, starts_on) AS endsOn, cost FROM campaigns
      WHERE deleted_at IS NULL AND starts_on IS NOT NULL AND starts_on <= ? AND coalesce(ends_on, starts_on) >= ?`,
  ).all(period.to, period.from) as DatedCampaign[]
  if (campaigns.length === 0) return { value: null, basis: 0, reason: 'noCampaigns' }
  const share = (c: DatedCampaign): number => {
    const first = c.startsOn > period.from ? c.startsOn : period.from
    const last = c.endsOn < period.to ? c.endsOn : period.to
    return (c.cost * (daysBetween(first, last) + 1)) / (daysBetween(c.startsOn, c.endsOn) + 1)
  }
  return { value: Math.round(campaigns.reduce((sum, c) => sum + share(c), 0)), basis: campaigns.length, reason: null }
}
