import { z } from 'zod'
import { foldPhone } from './phone'
import { isoDate, isoDateTime, isoDateTimeWithOffset, text, wellFormed } from '../ipc/schemas'

// Shared field rules, so forms, IPC payloads and CSV rows validate alike. Dates and the text
// rule are defined once in ../ipc/schemas.ts, with the other pieces every channel shares.
export { isoDate, isoDateTime, isoDateTimeWithOffset, text, wellFormed }

export const minorUnits = z.number().int().safe()
export const nonNegativeMinor = minorUnits.nonnegative()
export const shortText = (max: number) => wellFormed(z.string().trim().max(max))
export const requiredText = (max: number) => wellFormed(z.string().trim().min(1).max(max))
/** A reference to a customer by its code, phone or email (CSV rows name customers this way). */
export const customerRef = z
  .object({ code: shortText(64), name: shortText(200), phone: shortText(40).transform(foldPhone), email: shortText(254) })
  .partial()
