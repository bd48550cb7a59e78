import type Database from 'better-sqlite3'
import type { CampaignChannel, CampaignStatus } from '../../../src-shared/domain/campaign-types'
import type { CampaignCostLine, CampaignDetail, CampaignSummary } from '../../../src-shared/domain/campaign-types'
import { AppError } from '../../../src-shared/ipc/app-error'
import { prepared } from '../../db/sql'
import type { VersionedCache } from '../../db/versioned-cache'
import { cachedCampaignFigures } from './figures-cache'

interface CampaignRow {
  id: number
  name: string
  channel: string | null
  status: CampaignStatus
  startsOn: string | null
  endsOn: string | null
  attributionDays: number
  launchedAt: string | null
  segmentId: number | null
  notes: string
  updatedAt: string
}

const COLUMNS = `id, name, channel, status, starts_on AS startsOn, ends_on AS endsOn, attribution_days AS attributionDays,
  launched_at AS launchedAt, segment_id AS segmentId, notes, updated_at AS updatedAt`

/** The row as stored (for the audit log); a campaign in the Trash only with `withDeleted`. */
export function campaignRecord(db: Database.Database, id: number, withDeleted = false): Record<string, unknown> {
  const row = prepared(db, `SELECT * FROM campaigns WHERE id = ?${withDeleted ? '' : ' AND deleted_at IS NULL'}`).get(id)
  if (!row) throw new AppError('campaign_not_found', { id })
  return row as Record<string, unknown>
}

const asChannel = (channel: string | null): CampaignChannel => (channel ?? 'other') as CampaignChannel

/** Every live campaign with its figures: running first, then drafts, then ended; newest first within. */
export function listCampaigns(db: Database.Database, figuresCache: VersionedCache): CampaignSummary[] {
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} FROM campaigns WHERE deleted_at IS NULL
      ORDER BY CASE status WHEN 'running' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END, coalesce(starts_on, substr(created_at, 1, 10)) DESC, id DESC`,
  ).all() as CampaignRow[]
  const figures = cachedCampaignFigures(db, figuresCache)
  return rows.map(({ segmentId: _s, notes: _n, updatedAt: _u, ...r }) => ({
    ...r,
    channel: asChannel(r.channel),
    figures: figures.get(r.id)!,
  }))
}

export function loadCampaign(db: Database.Database, id: number, figuresCache: VersionedCache): CampaignDetail {
  const row = prepared(db, `SELECT ${COLUMNS} FROM campaigns WHERE id = ? AND deleted_at IS NULL`).get(id) as
    CampaignRow | undefined
  if (!row) throw new AppError('campaign_not_found', { id })
  return {
    ...row,
    channel: asChannel(row.channel),
    figures: cachedCampaignFigures(db, figuresCache).get(id)!,
    costLines: costLines(db, id),
  }
}

export function costLines(db: Database.Database, campaignId: number): CampaignCostLine[] {
  return prepared(
    db,
    'SELECT id, spent_on AS spentOn, item, amount FROM campaign_cost_lines WHERE campaign_id = ? ORDER BY spent_on, id',
  ).all(campaignId) as CampaignCostLine[]
}
