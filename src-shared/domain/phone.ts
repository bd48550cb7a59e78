/**
 * Phone numbers as shop owners type them: `138 0013 8000`, `138-0013-8000`, `(010) 8888 6666`,
 * full-width `１３８００１３８０００`, `+86 138 0013 8000`. We keep what they typed for display and
 * store a normalised form (`phone_norm`) for duplicate checks and search.
 *
 * Normalisation: NFKC (full-width digits, ＋ and brackets become ASCII), then spaces, dashes,
 * dots and brackets are removed; a leading `+` is kept. China's country code is dropped
 * (`+86` or `0086`), because the same customer is typed both ways and domestic form is what
 * people search for: a mobile (`1[3-9]` + 9 digits) stays as the 11 digits, any other number
 * (a landline, `+86 10 8888 6666`) gets the domestic trunk prefix back (`01088886666`).
 * Numbers from other countries keep their `+` and country code.
 */

const SEPARATORS = /[\s\-.()\u2010-\u2015\u2212\u30fc]/g
const DASHES = /[\u2010-\u2015\u2212\u30fc]/g
const PHONE_SHAPE = /^\+?\d{5,20}$/
const CHINA_PREFIX = /^(?:\+86|0086)(\d{5,})$/
const CN_MOBILE = /^1[3-9]\d{9}$/

/** The stored/search form of a phone, or null when the text is not a phone number. */
export function normalizePhone(raw: string): string | null {
  const compact = raw.normalize('NFKC').replace(SEPARATORS, '')
  if (!PHONE_SHAPE.test(compact)) return null
  const domestic = CHINA_PREFIX.exec(compact)?.[1]
  if (domestic === undefined) return compact
  return CN_MOBILE.test(domestic) ? domestic : `0${domestic}`
}

/**
 * The phone as typed, with full-width digits, `＋`, brackets, dashes and the ideographic space
 * (what a Chinese IME types) folded to ASCII by NFKC, so it is stored, shown, copied and exported
 * as `138 0013 8000`; the user's grouping (spaces, dashes, brackets, `+86`) stays as typed.
 */
export function foldPhone(raw: string): string {
  return raw.normalize('NFKC').replace(DASHES, '-').trim()
}

/**
 * For search: the digits of a query that looks like (part of) a phone number — `138 0013`,
 * `１３８-００１３` — or null when the query has anything else in it.
 */
export function phoneQueryDigits(query: string): string | null {
  const compact = query.normalize('NFKC').replace(SEPARATORS, '')
  return /^\+?\d+$/.test(compact) ? compact.replace('+', '') : null
}

const CHINA_QUERY = /^(?:\+86|0086)(\d*)$/
const CHINA_MOBILE_PREFIX = /^861[3-9]\d{0,9}$/

/**
 * For search: every digit string a phone-like query may mean in `phone_norm`, which holds
 * Chinese numbers without their country code. `+86 139` and `0086 139` mean `139`;
 * `8613911112222` (typed without the +) is searched as itself and as `13911112222`.
 * Empty when the query is not phone-like (or is only a country code).
 */
export function phoneSearchDigits(query: string): string[] {
  const compact = query.normalize('NFKC').replace(SEPARATORS, '')
  if (!/^\+?\d+$/.test(compact)) return []
  const china = CHINA_QUERY.exec(compact)
  if (china) return china[1] === '' ? [] : [china[1]]
  const digits = compact.replace('+', '')
  return CHINA_MOBILE_PREFIX.test(digits) && digits.length > 5 ? [digits, digits.slice(2)] : [digits]
}
