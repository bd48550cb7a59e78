import { z } from 'zod'

/** Shared field rules, so forms, IPC payloads and CSV rows validate alike. */
export const isoDateTime = z.iso.datetime()
export const isoDate = z.iso.date()
export const minorUnits = z.number().int().safe()
export const nonNegativeMinor = minorUnits.nonnegative()
export const shortText = (max: number) => z.string().trim().max(max)
export const requiredText = (max: number) => z.string().trim().min(1).max(max)
/** A reference to a customer by its code, phone or email (CSV rows name customers this way). */
export const customerRef = z
  .object({ code: shortText(64), name: shortText(200), phone: shortText(40), email: shortText(254) })
  .partial()
