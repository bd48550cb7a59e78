import type Database from 'better-sqlite3'
import type { MergeChoices } from '../../src-shared/domain/customer-merge'
import type { Locale } from '../../src-shared/i18n'
import { AppError } from '../../src-shared/ipc/app-error'
import { insertActivity } from '../activities/write'
import { writeAudit } from '../audit/audit-log'
import { insertRow, NEXT_UPDATED_AT, prepared } from '../db/sql'
import { writeTransaction } from '../db/transaction'
import { strictestConsent } from '../marketing/consent/merge-consent'
import { requireConsent } from '../marketing/consent/read'
import { sameConsent, writeConsentState, type ConsentState } from '../marketing/consent/write'
import { requireCustomerRecord } from './customer-detail'
import { moveMemberships, moveOwnedRows } from './merge-moves'
import { mergeNote } from './merge-note'
import { planMerge } from './merge-plan'
import { tagsOf } from './tags'
import { updateCustomer } from './write'

/**
 * Folds `mergeId` into `keepId` in one transaction: its orders, deals, tickets, activities,
 * tasks, survey responses, tags, campaign memberships and control-group places and segment
 * memberships move to keep (their campaigns stamped changed); each field
 * takes the chosen value (keep's by default, the merged one's where keep has none), the
 * merged notes are appended and every value not kept is written into a timeline entry on
 * keep. The merged row goes to the Trash as "merged into keep" (`merged_into_id`), and a
 * `customer_merges` row records all of it, so `undoMerge` can put both back exactly.
 * Returns the id of that record.
 */
export function mergeCustomers(
  db: Database.Database,
  keepId: number,
  mergeId: number,
  choices: MergeChoices,
  locale: Locale,
): number {
  return writeTransaction(db, () => {
    const keep = requireCustomerRecord(db, keepId)
    const merged = requireCustomerRecord(db, mergeId)
    if (keep.deleted_at !== null || merged.deleted_at !== null) throw new AppError('customer_merge_deleted')
    const plan = planMerge(keep, merged, choices)
    const consent = mergeConsent(db, keepId, mergeId)
    const mergedTags = tagsOf(db, mergeId)
    const moved = moveOwnedRows(db, mergeId, keepId)
    const memberships = moveMemberships(db, mergeId, keepId)
    // The code is unique: it leaves the merged row before keep may take it.
    prepared(
      db,
      `UPDATE customers SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), merged_into_id = ?, code = NULL,
         updated_at = ${NEXT_UPDATED_AT} WHERE id = ?`,
    ).run(keepId, mergeId)
    if (Object.keys(plan.patch).length > 0) updateCustomer(db, keepId, plan.patch)
    const body = mergeNote(locale, merged.name, plan, moved, memberships.added.customer_tags.length)
    const activityId = insertActivity(db, { customerId: keepId, kind: 'system', body })
    const recordId = insertRow(db, 'customer_merges', {
      keep_id: keepId,
      merged_id: mergeId,
      keep_before: JSON.stringify(keep),
      merged_before: JSON.stringify(merged),
      changes: JSON.stringify({
        keepSet: plan.patch,
        moved,
        memberships: memberships.rows,
        addedToKeep: memberships.added,
        consent,
      }),
      activity_id: activityId,
      keep_after_updated_at: requireCustomerRecord(db, keepId).updated_at,
    })
    const mergedBefore = { ...merged, tags: mergedTags.map((t) => t.id) }
    writeAudit(db, {
      entity: 'customer',
      entityId: keepId,
      action: 'merge',
      before: { keep, merged: mergedBefore, moved },
      after: { mergedId: mergeId, filled: plan.patch, setAside: plan.setAside, consent: consent?.after, mergeRecordId: recordId },
    })
    writeAudit(db, {
      entity: 'customer',
      entityId: mergeId,
      action: 'merge',
      before: mergedBefore,
      after: { mergedIntoId: keepId, mergeRecordId: recordId },
    })
    return recordId
  })
}

/** Keep's consent before and after the merge, when the merged record made it stricter. */
export interface ConsentChange {
  before: ConsentState
  after: ConsentState
}

/** Gives keep the stricter consent of the two (`strictestConsent`), before the merged row leaves. */
function mergeConsent(db: Database.Database, keepId: number, mergeId: number): ConsentChange | undefined {
  const { customerId: _keep, ...before } = requireConsent(db, keepId)
  const { customerId: _merged, ...theirs } = requireConsent(db, mergeId)
  const after = strictestConsent(before, theirs)
  if (sameConsent(before, after)) return undefined
  writeConsentState(db, keepId, after)
  return { before, after }
}
