/**
 * Marketing consent (China's Personal Information Protection Law expects it before marketing):
 * each customer's answer, the day and how it was given, and a do-not-contact flag that wins
 * over any answer. Values are stored as written here and shown through `marketing-reach` keys.
 */
export const CONSENT_VALUES = ['yes', 'no', 'unknown'] as const
export type ConsentValue = (typeof CONSENT_VALUES)[number]

export const CONSENT_SOURCES = ['in_store', 'form', 'import', 'verbal', 'wechat', 'other'] as const
export type ConsentSource = (typeof CONSENT_SOURCES)[number]

/** One customer's marketing contact settings, as the record page shows them. */
export interface CustomerConsent {
  customerId: number
  consent: ConsentValue
  /** The day the answer was given (`YYYY-MM-DD`), when known. */
  on: string | null
  source: ConsentSource | null
  doNotContact: boolean
  wechatId: string | null
}

/** Why a member of a target list is left out of the file (`unknown` only when not included). */
export const EXCLUSION_REASONS = ['doNotContact', 'refused', 'unknown'] as const
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number]
