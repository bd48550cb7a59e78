import type Database from 'better-sqlite3'
import { VersionedCache } from '../../src-main/db/versioned-cache'
import { listCampaigns } from '../../src-main/marketing/campaigns/queries'
import { median, round, sample } from './measure'

const RUNS = 5

/**
 * The campaign list's figures for every campaign (attribution by campaign and window, revenue
 * less refunds, gross profit, ROI, control), median of runs, on the marketing group's seeded shop:
 * - `marketing.campaignRoi.ms`: the list asked again with the data unchanged, as the backend's
 *   figures cache answers it (`marketing/campaigns/figures-cache.ts`);
 * - `marketing.campaignRoi.cold_ms`: the first list after a write — the figures computed.
 */
export function campaignRoiFigures(db: Database.Database): Record<string, number> {
  const cache = new VersionedCache()
  const campaigns = listCampaigns(db, cache).length
  const warm = sample(() => listCampaigns(db, cache), RUNS, 1)
  const cold = sample(() => listCampaigns(db, new VersionedCache()), RUNS, 1)
  return {
    'marketing.campaignRoi.ms': round(median(warm)),
    'marketing.campaignRoi.cold_ms': round(median(cold)),
    'marketing.campaignRoi.campaigns': campaigns,
  }
}
