import type { CustomerInput } from '../../../src-shared/domain/customer'
import type { ImportedConsent } from '../../../src-shared/ipc/channels/consent'
import { writeImportedConsent } from '../../marketing/consent/import'
import { normalizeEmail } from '../../../src-shared/domain/email'
import { normalizePhone } from '../../../src-shared/domain/phone'
import { AppError } from '../../../src-shared/ipc/app-error'
import { insertCustomer, updateCustomer } from '../../customers/write'
import { findId } from '../../db/sql'
import { findDuplicate, type KeyLookup } from './match'
import { RowFailure, type KindWriter, type Outcome, type WriterOptions } from './types'

type CustomerRecord = CustomerInput & ImportedConsent & { uid?: string }

/** A row's value for each match key, as stored: the phone and email in their normalised form. */
export const customerKeys = {
  uid: (r: CustomerRecord) => r.uid,
  code: (r: CustomerRecord) => r.code,
  phone: (r: CustomerRecord) => (r.phone ? normalizePhone(r.phone) : null),
  email: (r: CustomerRecord) => (r.email ? normalizeEmail(r.email) : null),
}

/** Imports customers through the customers module's own writer (pinyin keys, phone_norm). */
export function customerWriter({ db, rules, changes }: WriterOptions): KindWriter<CustomerRecord> {
  const lookups: Record<string, KeyLookup<CustomerRecord>> = {
    uid: { value: customerKeys.uid, find: (v) => findId(db, 'customers', 'uid', v) },
    code: { value: customerKeys.code, find: (v) => findId(db, 'customers', 'code', v) },
    phone: { value: customerKeys.phone, find: (v) => findId(db, 'customers', 'phone_norm', v) },
    email: { value: customerKeys.email, find: (v) => findId(db, 'customers', 'email_norm', v) },
  }
  return {
    write(record, options): Outcome {
      const { uid, marketingConsent, wechatId, ...input } = record
      const consent = { marketingConsent, wechatId }
      // A second row of the same person kept as its own record ("keep both") matches nothing.
      const match = options?.fresh ? null : findDuplicate(rules, lookups, record)
      if (match?.action === 'skip') return 'skipped'
      return guarded(() => {
        if (match?.action === 'update') {
          changes.updated('customers', match.id)
          updateCustomer(db, match.id, input)
          writeImportedConsent(db, match.id, consent)
          return 'updated'
        }
        const id = insertCustomer(db, input, match || options?.fresh ? {} : { uid })
        changes.created('customers', id)
        writeImportedConsent(db, id, consent)
        return 'created'
      })
    },
    finish: () => undefined,
  }
}

/** A taken customer code fails the row with the writer's own message, not the import. */
function guarded(write: () => Outcome): Outcome {
  try {
    return write()
  } catch (error) {
    if (error instanceof AppError) throw new RowFailure(error.code, error.params)
    throw error
  }
}
