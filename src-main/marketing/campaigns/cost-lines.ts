import type Database from 'better-sqlite3'
import type { CostLineFields } from '../../../src-shared/domain/campaign'
import type { CampaignCostLine } from '../../../src-shared/domain/campaign-types'
import { AppError } from '../../../src-shared/ipc/app-error'
import { writeAudit } from '../../audit/audit-log'
import { NEXT_UPDATED_AT, prepared } from '../../db/sql'
import { writeTransaction } from '../../db/transaction'
import { campaignRecord } from './queries'
import { touchCampaign } from './response-marks'

/**
 * A campaign's cost, line by line. The schema's triggers keep `campaigns.cost` = Σ amounts, so the
 * list, the campaign page and the dashboard read one figure. Each change is audited on the
 * campaign (before/after of the line) and stamps the campaign's `updated_at`.
 */

type StoredLine = CampaignCostLine & { campaignId: number }

const SELECT = 'SELECT id, campaign_id AS campaignId, spent_on AS spentOn, item, amount FROM campaign_cost_lines WHERE id = ?'

function loadLine(db: Database.Database, id: number): StoredLine {
  const line = prepared(db, SELECT).get(id) as StoredLine | undefined
  if (!line) throw new AppError('campaign_cost_line_not_found', { id })
  return line
}

export function addCostLine(db: Database.Database, campaignId: number, line: CostLineFields): StoredLine {
  return writeTransaction(db, () => {
    campaignRecord(db, campaignId)
    const id = Number(
      prepared(db, 'INSERT INTO campaign_cost_lines (campaign_id, spent_on, item, amount) VALUES (?, ?, ?, ?)').run(
        campaignId,
        line.spentOn,
        line.item,
        line.amount,
      ).lastInsertRowid,
    )
    touchCampaign(db, campaignId)
    const after = loadLine(db, id)
    writeAudit(db, { entity: 'campaign_cost_line', entityId: id, action: 'create', after })
    return after
  })
}

export function updateCostLine(db: Database.Database, id: number, line: CostLineFields): StoredLine {
  return writeTransaction(db, () => {
    const before = loadLine(db, id)
    campaignRecord(db, before.campaignId)
    prepared(
      db,
      `UPDATE campaign_cost_lines SET spent_on = ?, item = ?, amount = ?, updated_at = ${NEXT_UPDATED_AT} WHERE id = ?`,
    ).run(line.spentOn, line.item, line.amount, id)
    touchCampaign(db, before.campaignId)
    const after = loadLine(db, id)
    writeAudit(db, { entity: 'campaign_cost_line', entityId: id, action: 'update', before, after })
    return after
  })
}

/** Removes a line and returns it (Undo adds it back with `addCostLine`). */
export function removeCostLine(db: Database.Database, id: number): StoredLine {
  return writeTransaction(db, () => {
    const before = loadLine(db, id)
    campaignRecord(db, before.campaignId)
    prepared(db, 'DELETE FROM campaign_cost_lines WHERE id = ?').run(id)
    touchCampaign(db, before.campaignId)
    writeAudit(db, { entity: 'campaign_cost_line', entityId: id, action: 'delete', before })
    return before
  })
}
