import type Database from 'better-sqlite3'

/** Rows per table (every table SQLite lists, shadow tables of the search index included). */
export function tableCounts(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[]
  return Object.fromEntries(
    tables.map((name) => [
      name,
      db
        .prepare(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`)
        .pluck()
        .get() as number,
    ]),
  )
}

/** The first difference between two count maps, in words for the error; null when equal. */
export function countsDiffer(expected: Record<string, number>, actual: Record<string, number>): string | null {
  for (const name of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    if (expected[name] !== actual[name]) return `${name}: ${expected[name] ?? 'missing'} → ${actual[name] ?? 'missing'}`
  }
  return null
}
