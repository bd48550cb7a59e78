import type Database from 'better-sqlite3'
import type { CampaignInput, CampaignPatch } from '../../../src-shared/domain/campaign'
import { AppError } from '../../../src-shared/ipc/app-error'
import { writeAudit } from '../../audit/audit-log'
import { prepared } from '../../db/sql'
import { assertNotStale } from '../../db/stale-edit'
import { writeTransaction } from '../../db/transaction'
import { insertCampaign, updateCampaign, type CampaignValues } from '../write'
import { campaignRecord } from './queries'

/**
 * A person's changes to a campaign, each one transaction with its audit row. The handlers emit
 * `data.changed`. Cost is never written here: it is the sum of the cost lines (`cost-lines.ts`).
 */

export function createCampaign(db: Database.Database, input: CampaignInput): number {
  return writeTransaction(db, () => {
    const id = insertCampaign(db, { ...input, channel: input.channel ?? 'other', status: 'draft' })
    writeAudit(db, { entity: 'campaign', entityId: id, action: 'create', after: campaignRecord(db, id) })
    return id
  })
}

/** An edit made on the version stamped `expectedUpdatedAt`; a campaign changed since is refused. */
export function editCampaign(db: Database.Database, id: number, expectedUpdatedAt: string, patch: CampaignPatch): void {
  change(db, id, 'update', patch, (before) => {
    assertNotStale(db, 'campaigns', id, expectedUpdatedAt)
    const startsOn = patch.startsOn !== undefined ? patch.startsOn : (before.starts_on as string | null)
    const endsOn = patch.endsOn !== undefined ? patch.endsOn : (before.ends_on as string | null)
    if (startsOn && endsOn && endsOn < startsOn) throw new AppError('campaign_ends_before_start')
  })
}

/** To the Trash: its orders keep their campaign, its contacts stop attributing; `restoreCampaign` undoes it. */
export function deleteCampaign(db: Database.Database, id: number): void {
  change(db, id, 'delete', { deletedAt: new Date().toISOString() })
}

export function restoreCampaign(db: Database.Database, id: number): void {
  writeTransaction(db, () => {
    const before = prepared(db, 'SELECT * FROM campaigns WHERE id = ? AND deleted_at IS NOT NULL').get(id)
    if (!before) throw new AppError('campaign_not_found', { id })
    updateCampaign(db, id, { deletedAt: null })
    writeAudit(db, { entity: 'campaign', entityId: id, action: 'restore', before, after: campaignRecord(db, id) })
  })
}

/** Running → ended. */
export function endCampaign(db: Database.Database, id: number): void {
  change(db, id, 'update', { status: 'ended' }, (before) => {
    if (before.status !== 'running') throw new AppError('campaign_not_running')
  })
}

function change(
  db: Database.Database,
  id: number,
  action: 'update' | 'delete',
  values: Partial<CampaignValues>,
  check?: (before: Record<string, unknown>) => void,
): void {
  writeTransaction(db, () => {
    const before = campaignRecord(db, id)
    check?.(before)
    updateCampaign(db, id, values)
    writeAudit(db, { entity: 'campaign', entityId: id, action, before, after: campaignRecord(db, id, true) })
  })
}
