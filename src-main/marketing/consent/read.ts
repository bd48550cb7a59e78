import type Database from 'better-sqlite3'
import type { ConsentSource, ConsentValue, CustomerConsent } from '../../../src-shared/domain/consent'
import { AppError } from '../../../src-shared/ipc/app-error'
import { prepared } from '../../db/sql'

interface ConsentRow {
  id: number
  marketing_consent: ConsentValue
  consent_on: string | null
  consent_source: ConsentSource | null
  do_not_contact: number
  wechat_id: string | null
  deleted_at: string | null
}

const SELECT = `SELECT id, marketing_consent, consent_on, consent_source, do_not_contact, wechat_id, deleted_at
  FROM customers WHERE id = ?`

/** A customer's consent settings, or null when there is no such customer. */
export function findConsent(db: Database.Database, customerId: number): (CustomerConsent & { deleted: boolean }) | null {
  const row = prepared(db, SELECT).get(customerId) as ConsentRow | undefined
  if (!row) return null
  return {
    customerId: row.id,
    consent: row.marketing_consent,
    on: row.consent_on,
    source: row.consent_source,
    doNotContact: row.do_not_contact === 1,
    wechatId: row.wechat_id,
    deleted: row.deleted_at !== null,
  }
}

/** The settings of a customer not in the Trash, or `customer_not_found`. */
export function requireConsent(db: Database.Database, customerId: number): CustomerConsent {
  const found = findConsent(db, customerId)
  if (!found || found.deleted) throw new AppError('customer_not_found', { id: customerId })
  const { deleted: _deleted, ...consent } = found
  return consent
}
