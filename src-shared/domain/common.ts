import { z } from 'zod'
import { foldPhone } from './phone'

// Shared field rules, so forms, IPC payloads and CSV rows validate alike (../ipc/schemas.ts
// re-exports the dates with the other input pieces every channel shares).

/** A calendar day, `YYYY-MM-DD`. */
export const isoDate = z.iso.date()
/** An instant as Kehu stores it: ISO 8601 in UTC, `…Z` only (CSV values are converted to this first). */
export const isoDateTime = z.iso.datetime()
/** An instant as a client may send it: ISO 8601 with `Z` or a UTC offset (`2026-03-02T09:00:00+08:00`). */
export const isoDateTimeWithOffset = z.iso.datetime({ offset: true })
export const minorUnits = z.number().int().safe()
export const nonNegativeMinor = minorUnits.nonnegative()
export const shortText = (max: number) => z.string().trim().max(max)
export const requiredText = (max: number) => z.string().trim().min(1).max(max)
/** A reference to a customer by its code, phone or email (CSV rows name customers this way). */
export const customerRef = z
  .object({ code: shortText(64), name: shortText(200), phone: shortText(40).transform(foldPhone), email: shortText(254) })
  .partial()
