import type Database from 'better-sqlite3'
import type { OrderPatch } from '../../src-shared/domain/sale'
import { writeAudit } from '../audit/audit-log'
import { prepared, updateRow } from '../db/sql'
import { assertNotStale } from '../db/stale-edit'
import { writeTransaction } from '../db/transaction'
import { requireCampaign } from './create-sale'
import { requireOrder } from './detail'

const HEADER = 'SELECT channel, payment_method AS paymentMethod, campaign_id AS campaignId, notes FROM orders WHERE id = ?'

/**
 * Edits what stays editable after a sale (channel, payment method, campaign, notes) on the
 * version `seenUpdatedAt`; lines and amounts change only through refunds and cancellations.
 */
export function editOrder(db: Database.Database, id: number, seenUpdatedAt: string, patch: OrderPatch): void {
  writeTransaction(db, () => {
    requireOrder(db, id)
    assertNotStale(db, 'orders', id, seenUpdatedAt)
    if (patch.campaignId != null) requireCampaign(db, patch.campaignId)
    const before = prepared(db, HEADER).get(id)
    updateRow(db, 'orders', id, {
      channel: patch.channel,
      payment_method: patch.paymentMethod,
      campaign_id: patch.campaignId,
      notes: patch.notes,
    })
    writeAudit(db, { entity: 'order', entityId: id, action: 'update', before, after: prepared(db, HEADER).get(id) })
  })
}
