/**
 * The one format per column type that exports write, in the shop's local time (the zone of the
 * computer Kehu runs on), as the screen shows it and as the importer reads it back:
 * - date: `2025-02-22` (the local day of a stored instant);
 * - date-time: `2025-02-22 20:07:44`, with `.318` only when the instant has milliseconds, so a
 *   re-import lands on the same instant.
 * Stored values are ISO-8601 UTC; a value already a plain date (a birthday) is written as is.
 */
const pad = (n: number, width = 2): string => String(n).padStart(width, '0')
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/

function localDay(at: Date): string {
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

export function localDate(iso: string): string {
  if (PLAIN_DATE.test(iso)) return iso
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? iso : localDay(at)
}

export function localDateTime(iso: string): string {
  if (PLAIN_DATE.test(iso)) return iso
  const at = new Date(iso)
  if (Number.isNaN(at.getTime())) return iso
  const ms = at.getMilliseconds()
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}${ms ? `.${pad(ms, 3)}` : ''}`
  return `${localDay(at)} ${time}`
}
