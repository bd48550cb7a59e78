import type { Rng } from './random/seed-rng'

/**
 * A UUIDv7 in the schema's format (32 lowercase hex digits, no dashes) whose time part is the
 * row's own creation time and whose random part comes from the seed, so the same seed gives
 * the same uids and uids still sort by creation like real ones.
 */
export function seededUid(ms: number, rng: Rng): string {
  const time = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0')
  return `${time}7${hex(rng, 3)}${(8 + rng.int(0, 4)).toString(16)}${hex(rng, 7)}${hex(rng, 8)}`
}

function hex(rng: Rng, digits: number): string {
  return Math.floor(rng.next() * 16 ** digits)
    .toString(16)
    .padStart(digits, '0')
}
