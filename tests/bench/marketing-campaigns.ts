import type Database from 'better-sqlite3'
import { listCampaigns } from '../../src-main/marketing/campaigns/queries'
import { median, round, sample } from './measure'

const RUNS = 5

/**
 * `marketing.campaignRoi.ms`: the campaign list's figures for every campaign (attribution by
 * campaign and window, revenue less refunds, gross profit, ROI, control), median of warm runs,
 * on the marketing group's seeded shop.
 */
export function campaignRoiFigures(db: Database.Database): Record<string, number> {
  const campaigns = listCampaigns(db).length
  const times = sample(() => listCampaigns(db), RUNS, 1)
  return { 'marketing.campaignRoi.ms': round(median(times)), 'marketing.campaignRoi.campaigns': campaigns }
}
