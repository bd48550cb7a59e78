import type Database from 'better-sqlite3'
import type { ImportedConsent } from '../../../src-shared/ipc/channels/consent'
import { updateRow } from '../../db/sql'

/**
 * A customers CSV's consent and WeChat ID, written by the importer after the row (its undo
 * restores the row as it was, consent included). A given answer is recorded as imported, with
 * no day (the file does not say when it was given); a blank cell changes nothing.
 */
export function writeImportedConsent(
  db: Database.Database,
  customerId: number,
  { marketingConsent, wechatId }: ImportedConsent,
): void {
  if (marketingConsent == null && wechatId == null) return
  updateRow(db, 'customers', customerId, {
    ...(marketingConsent != null && {
      marketing_consent: marketingConsent,
      consent_on: null,
      consent_source: marketingConsent === 'unknown' ? null : 'import',
    }),
    ...(wechatId != null && { wechat_id: wechatId }),
  })
}
