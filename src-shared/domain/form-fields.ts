import { z } from 'zod'

/**
 * Building blocks for form / CSV / IPC schemas. An optional text field distinguishes
 * "not sent" (undefined: a patch leaves the column alone) from "cleared" (blank text or null:
 * the column becomes NULL), because a cleared form input arrives as ''.
 */
function blankToNull(value: string | null | undefined): string | null | undefined {
  if (typeof value !== 'string') return value
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

/** Trimmed, blank → null, then `schema` (which must accept a string). */
export function optionalText<T extends z.ZodType<string, string>>(schema: T) {
  return z.preprocess(blankToNull, schema.nullable()).optional()
}

/** `YYYY-MM-DD` of today in local time, for "not in the future" checks. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
