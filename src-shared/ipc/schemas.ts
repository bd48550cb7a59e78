import { z } from 'zod'

/**
 * The input pieces every channel shares, one meaning each: a channel that takes an id, a page
 * or a sort uses these, so the same words accept the same values everywhere.
 */
export { isoDate, isoDateTime, isoDateTimeWithOffset } from '../domain/common'

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
