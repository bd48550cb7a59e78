import { z } from 'zod'
import { CONSENT_SOURCES, CONSENT_VALUES, type ConsentValue, type CustomerConsent } from '../../domain/consent'
import { optionalText } from '../../domain/form-fields'
import { channel } from '../channel'
import { id, ids, isoDate, text, wellFormed } from '../schemas'

/**
 * What a consent write changes; a field left out stays as it is. Setting an answer without a
 * day or source keeps none (an old day would be a false record of the new answer).
 */
export const consentPatch = z.strictObject({
  consent: z.enum(CONSENT_VALUES).optional(),
  on: isoDate.nullable().optional(),
  source: z.enum(CONSENT_SOURCES).nullable().optional(),
  doNotContact: z.boolean().optional(),
  /** Trimmed; empty clears it. */
  wechatId: wellFormed(z.string().trim().max(64)).nullable().optional(),
})
export type ConsentPatch = z.output<typeof consentPatch>

/** The consent columns a customers CSV may carry (csv/kinds/customers.ts); blank means not given. */
export const importedConsent = {
  marketingConsent: z.enum(CONSENT_VALUES).nullable().optional(),
  wechatId: optionalText(text(64)),
}
export type ImportedConsent = { marketingConsent?: ConsentValue | null; wechatId?: string | null }

export const consentSet = z.strictObject({
  ids,
  patch: consentPatch.refine((p) => Object.values(p).some((v) => v !== undefined), {
    error: 'marketing-reach.consent.nothingToChange',
  }),
})

export interface ConsentWriteResult {
  /** Customers whose settings changed (already-equal ones are not counted). */
  count: number
  /** Hands to `consent.undo` to put the previous values back. */
  batch: string
}

export const consentChannels = {
  /** One customer's consent, do-not-contact flag and WeChat ID. */
  'consent.get': channel<CustomerConsent>()(z.strictObject({ customerId: id })),
  /** Sets consent (and/or do-not-contact, WeChat ID) on one or many customers, in one transaction. */
  'consent.set': channel<ConsentWriteResult>()(consentSet),
  /** Puts back what one `consent.set` changed, unless the customer was changed again since. */
  'consent.undo': channel<{ count: number }>()(z.strictObject({ batch: z.uuid() })),
}
