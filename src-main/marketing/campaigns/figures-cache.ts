import type Database from 'better-sqlite3'
import type { CampaignFigures } from '../../../src-shared/domain/campaign-types'
import { VersionedCache } from '../../db/versioned-cache'
import { defineService } from '../../ipc/backend-services'
import { campaignFigures } from './figures'

/**
 * Every campaign's figures, reused until the data changes: attributing every contacted member's
 * orders still costs tens of milliseconds on the 1M-line shop (with the derived tables of
 * migration `marketing_attribution`), and the campaign list, each campaign opened and every
 * write's answer ask for them again with nothing changed between.
 */
export const campaignFiguresCache = defineService('marketing.campaignFigures', () => new VersionedCache())

/**
 * The figures as `campaignFigures(db)` computes them, from the cache when the data and the
 * laptop's zone (the windows are local days) are as they were. Callers only read the map.
 */
export function cachedCampaignFigures(db: Database.Database, cache: VersionedCache): ReadonlyMap<number, CampaignFigures> {
  return cache.get(db, `figures:${zoneKey()}`, () => campaignFigures(db))
}

/** The zone's name and today's offset: either changes the local days. */
const zoneKey = (): string => `${Intl.DateTimeFormat().resolvedOptions().timeZone}:${new Date().getTimezoneOffset()}`
