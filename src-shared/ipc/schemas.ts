import { z } from 'zod'

/**
 * The input pieces every channel shares, one meaning each: a channel that takes an id, a page,
 * a sort, a date or free text uses these, so the same words accept the same values everywhere.
 */

/** The earliest and latest day any date may name: far beyond a shop's history and plans. */
export const DATE_MIN = '1900-01-01'
export const DATE_MAX = '2200-12-31'
/** The same range as instants: from the first moment of DATE_MIN (UTC) to before the day after DATE_MAX. */
const INSTANT_MIN = Date.parse(`${DATE_MIN}T00:00:00Z`)
const INSTANT_MAX = Date.parse(`${DATE_MAX}T00:00:00Z`) + 86_400_000

/** Catalog keys of the messages below (translated by the registrar, the CSV importer and the forms). */
export const sharedMessages = {
  dateRange: 'common.validation.dateRange',
  badCharacter: 'common.validation.badCharacter',
  nulCharacter: 'common.validation.nulCharacter',
} as const

const inDayRange = (day: string): boolean => day >= DATE_MIN && day <= DATE_MAX
const inInstantRange = (iso: string): boolean => {
  const at = Date.parse(iso)
  return at >= INSTANT_MIN && at < INSTANT_MAX
}

/** A calendar day, `YYYY-MM-DD`, between DATE_MIN and DATE_MAX. */
export const isoDate = z.iso.date().refine(inDayRange, { error: sharedMessages.dateRange })
/** An instant as Kehu stores it: ISO 8601 in UTC, `…Z` only (CSV values are converted to this first). */
export const isoDateTime = z.iso.datetime().refine(inInstantRange, { error: sharedMessages.dateRange })
/** An instant as a client may send it: ISO 8601 with `Z` or a UTC offset (`2026-03-02T09:00:00+08:00`). */
export const isoDateTimeWithOffset = z.iso.datetime({ offset: true }).refine(inInstantRange, { error: sharedMessages.dateRange })

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** True when `value` is well-formed UTF-16 (it has a UTF-8 form SQLite and other tools can read). */
export const isWellFormedText = (value: string): boolean => !LONE_SURROGATE.test(value)

/**
 * The shared text rule: no lone UTF-16 surrogates, which SQLite would store as invalid UTF-8 that
 * other tools cannot read, and no NUL, where SQLite's own text functions stop (`length(trim(…))`
 * of a name starting with NUL is 0, so the row's CHECK failed as an "internal error"). Refused
 * rather than replaced, so nobody's text is silently changed: the message names the field, and a
 * CSV row fails with that reason. Every free-text field of every schema goes through this
 * (`text`, or `wellFormed` around a string with other checks).
 */
export const wellFormed = <S extends z.ZodString>(schema: S): S =>
  schema
    .refine(isWellFormedText, { error: sharedMessages.badCharacter })
    .refine((value) => !value.includes('\u0000'), { error: sharedMessages.nulCharacter })

/** Free text of at most `max` characters, kept as written (no trimming). */
export const text = (max: number) => wellFormed(z.string().max(max))

/** A row id (`INTEGER PRIMARY KEY`). */
export const id = z.int().positive()
/** Row ids of a bulk action: at least one, at most 10,000. */
export const ids = z.array(id).min(1).max(10_000)

/** How many rows an answer may hold: 1 to `max`. */
export const limit = (max: number) => z.int().min(1).max(max)
/** Rows to skip before a page. */
export const offset = (max = 10_000_000) => z.int().min(0).max(max)
/** `{ offset, limit }` of a paged list, to spread into a channel's object schema. */
export const paging = (maxLimit: number, maxOffset?: number) => ({ offset: offset(maxOffset), limit: limit(maxLimit) })

const SORT_DIRECTIONS = ['asc', 'desc'] as const
/** `{ column, dir }` over the columns a list can be sorted by. */
export const sortBy = <const C extends readonly [string, ...string[]]>(columns: C) =>
  z.strictObject({ column: z.enum(columns), dir: z.enum(SORT_DIRECTIONS) })
