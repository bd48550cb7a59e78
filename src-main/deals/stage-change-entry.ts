import type Database from 'better-sqlite3'
import { insertActivity } from '../activities/write'
import { stageName } from './deal-record'

/**
 * The timeline entry of a stage change: a `system` activity on the deal and its customer, so the
 * customer page shows "Office beans: Proposal → Won" among the calls and visits. Stage names and
 * the reason are data (as typed), joined by an arrow, so the entry reads the same in any language.
 */
export function writeStageChangeEntry(
  db: Database.Database,
  deal: { id: number; title: string; customer_id: number | null },
  fromStageId: number,
  toStageId: number,
  at: string,
  lostReason?: string | null,
): number {
  const change = `${deal.title}: ${stageName(db, fromStageId)} → ${stageName(db, toStageId)}`
  return insertActivity(db, {
    customerId: deal.customer_id,
    dealId: deal.id,
    kind: 'system',
    body: lostReason ? `${change} (${lostReason})` : change,
    at,
  })
}
