import type Database from 'better-sqlite3'
import type { CustomerConsent } from '../../../src-shared/domain/consent'
import type { ConsentPatch } from '../../../src-shared/ipc/channels/consent'
import { writeAudit } from '../../audit/audit-log'
import { updateRow } from '../../db/sql'
import { requireConsent } from './read'

/** The audit entity of consent writes; `undo.ts` finds a batch's rows by it. */
export const CONSENT_AUDIT_ENTITY = 'customer_consent'

export type ConsentState = Omit<CustomerConsent, 'customerId'>

/**
 * The settings after a patch. A new answer takes the patch's day and source or none: the old
 * day would record the new answer falsely. "Unknown" has neither.
 */
export function applyPatch(current: ConsentState, patch: ConsentPatch): ConsentState {
  const consent = patch.consent ?? current.consent
  const answerChanged = patch.consent !== undefined && patch.consent !== current.consent
  const keep = <T>(given: T | undefined, old: T): T | null => (given !== undefined ? given : answerChanged ? null : old)
  const known = consent !== 'unknown'
  const wechatId = patch.wechatId === undefined ? current.wechatId : patch.wechatId === '' ? null : patch.wechatId
  return {
    consent,
    on: known ? keep(patch.on, current.on) : null,
    source: known ? keep(patch.source, current.source) : null,
    doNotContact: patch.doNotContact ?? current.doNotContact,
    wechatId,
  }
}

export const sameConsent = (a: ConsentState, b: ConsentState): boolean =>
  a.consent === b.consent &&
  a.on === b.on &&
  a.source === b.source &&
  a.doNotContact === b.doNotContact &&
  a.wechatId === b.wechatId

/** Writes one customer's settings (no check): the update and undo share it. */
export function writeConsentState(db: Database.Database, customerId: number, state: ConsentState): void {
  updateRow(db, 'customers', customerId, {
    marketing_consent: state.consent,
    consent_on: state.on,
    consent_source: state.source,
    do_not_contact: state.doNotContact ? 1 : 0,
    wechat_id: state.wechatId,
  })
}

/**
 * Applies a patch to customers not in the Trash (any other id fails the whole write with
 * `customer_not_found`), one audit row per changed customer tagged with `batch` for undo.
 * Returns how many changed. The caller owns the transaction and the change event.
 */
export function setConsent(db: Database.Database, ids: readonly number[], patch: ConsentPatch, batch: string): number {
  let count = 0
  for (const customerId of new Set(ids)) {
    const { customerId: _id, ...before } = requireConsent(db, customerId)
    const after = applyPatch(before, patch)
    if (sameConsent(before, after)) continue
    writeConsentState(db, customerId, after)
    writeAudit(db, { entity: CONSENT_AUDIT_ENTITY, entityId: customerId, action: 'update', before, after: { ...after, batch } })
    count++
  }
  return count
}
