/**
 * SQL for the local calendar date / month of a stored UTC timestamp. Times are stored as
 * ISO-8601 UTC text; SQLite's 'localtime' uses the process's time zone, the same one
 * lib/dates.ts formats with, in the main thread and in the worker alike.
 */
export const localDay = (column: string): string => `date(${column}, 'localtime')`

export const localMonth = (column: string): string => `strftime('%Y-%m', ${column}, 'localtime')`
