/** Local calendar days relative to today, written independently of the code under test. */
export function daysAgo(n: number, from: Date = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() - n, 12)
  return localDay(d)
}

export function localDay(d: Date): string {
  const pad = (v: number): string => String(v).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The 15th of the month `n` months before the current one. */
export function midMonthAgo(n: number, from: Date = new Date()): string {
  return localDay(new Date(from.getFullYear(), from.getMonth() - n, 15, 12))
}

/** Whole days between two local days (b − a). */
export function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}
