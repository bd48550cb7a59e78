import type Database from 'better-sqlite3'
import { AppError } from '../../../src-shared/ipc/app-error'
import { writeAudit } from '../../audit/audit-log'
import { prepared } from '../../db/sql'
import { writeTransaction } from '../../db/transaction'
import { updateCampaign } from '../write'
import { campaignRecord } from './queries'
import { campaignTargets } from './targets'

/**
 * Launch: the target list (the campaign's segment as it is now, or the customers chosen) is frozen
 * into `campaign_members`, less a random `controlPercent` held out into `campaign_controls` (never
 * contacted: what they buy anyway is the control). Draft → running, `launched_at` = now. Later
 * changes to the segment do not change who the campaign reached.
 */
export function launchCampaign(
  db: Database.Database,
  input: { id: number; customerIds?: number[]; controlPercent?: number },
  random: () => number = Math.random,
): { members: number; control: number } {
  // The segment is evaluated before the write lock is taken (it may compute an analysis).
  const planned = campaignRecord(db, input.id)
  const targets = campaignTargets(db, planned.segment_id as number | null, input.customerIds)
  return writeTransaction(db, () => {
    const before = campaignRecord(db, input.id)
    if (before.status !== 'draft') throw new AppError('campaign_not_draft')
    if (before.segment_id !== planned.segment_id) throw new AppError('stale_edit')
    if (targets.length === 0) throw new AppError('campaign_no_targets')
    const control = holdOut(targets, input.controlPercent ?? 0, random)
    const members = targets.filter((id) => !control.has(id))
    prepared(
      db,
      'INSERT INTO campaign_members (campaign_id, customer_id) SELECT ?, value FROM json_each(?) WHERE true ON CONFLICT DO NOTHING',
    ).run(input.id, JSON.stringify(members))
    prepared(db, 'INSERT INTO campaign_controls (campaign_id, customer_id) SELECT ?, value FROM json_each(?)').run(
      input.id,
      JSON.stringify([...control]),
    )
    updateCampaign(db, input.id, { status: 'running', launchedAt: new Date().toISOString() })
    const counts = { members: members.length, control: control.size }
    writeAudit(db, {
      entity: 'campaign',
      entityId: input.id,
      action: 'update',
      before,
      after: { ...campaignRecord(db, input.id), ...counts },
    })
    return counts
  })
}

/** A uniform random `percent` of the targets (rounded down), by a partial Fisher–Yates shuffle. */
function holdOut(targets: readonly number[], percent: number, random: () => number): Set<number> {
  const pool = [...targets]
  const count = Math.floor((pool.length * percent) / 100)
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i))
    ;[pool[i], pool[j]] = [pool[j], pool[i]]
  }
  return new Set(pool.slice(0, count))
}
