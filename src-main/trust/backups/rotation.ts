/** How many of each the rotation keeps (issue 15 §3). */
export const KEEP = { last: 10, days: 14, weeks: 8, months: 12 } as const

const DAY_MS = 86_400_000

interface Dated {
  name: string
  createdAt: string
}

/**
 * The backups rotation removes: it keeps the newest 10, the newest of each of the last 14 days,
 * of each of the last 8 weeks and of each of the last 12 months (UTC calendar), and drops the
 * rest. Pure, so the calendar rules are tested without files.
 */
export function backupsToRemove<T extends Dated>(backups: T[], now: Date): T[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const keep = new Set(newestFirst.slice(0, KEEP.last).map((b) => b.name))
  keepNewestPerBucket(newestFirst, now, KEEP.days * DAY_MS, dayKey, keep)
  keepNewestPerBucket(newestFirst, now, KEEP.weeks * 7 * DAY_MS, weekKey, keep)
  keepNewestPerBucket(newestFirst, now, (KEEP.months * 365 * DAY_MS) / 12, monthKey, keep)
  return newestFirst.filter((b) => !keep.has(b.name))
}

function keepNewestPerBucket<T extends Dated>(
  newestFirst: T[],
  now: Date,
  span: number,
  key: (at: Date) => string,
  keep: Set<string>,
): void {
  const seen = new Set<string>()
  for (const backup of newestFirst) {
    const at = new Date(backup.createdAt)
    if (now.getTime() - at.getTime() > span) break
    const bucket = key(at)
    if (seen.has(bucket)) continue
    seen.add(bucket)
    keep.add(backup.name)
  }
}

const dayKey = (at: Date): string => at.toISOString().slice(0, 10)
const monthKey = (at: Date): string => at.toISOString().slice(0, 7)
/** Weeks counted from Monday 1970-01-05 (UTC): equal keys are the same Monday-to-Sunday week. */
const weekKey = (at: Date): string => String(Math.floor((at.getTime() - 4 * DAY_MS) / (7 * DAY_MS)))
