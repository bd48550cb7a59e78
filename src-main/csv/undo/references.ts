import type Database from 'better-sqlite3'

/**
 * A foreign key: `table.column` holds `parent.parentColumn` (`id`, or another unique column such
 * as `uid`). `column` is null for a key over several columns, which the undo cannot match row by
 * row but still names when it blocks a delete.
 */
export interface Reference {
  table: string
  column: string | null
  parent: string
  parentColumn: string
}

export interface ReferenceGraph {
  /** Foreign keys pointing at rows of `parent`. */
  into(parent: string): readonly Reference[]
  /** Foreign keys of `table` itself. */
  from(table: string): readonly Reference[]
}

interface ForeignKeyRow {
  id: number
  table: string
  from: string
  to: string | null
}

/** A name as an SQL identifier. */
export const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`

/**
 * Every foreign key of the schema, read from SQLite itself: a table another module adds later
 * (with its REFERENCES) is seen by the undo without anyone listing it here.
 */
export function referenceGraph(db: Database.Database): ReferenceGraph {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .pluck()
    .all() as string[]
  const all: Reference[] = []
  for (const table of tables) {
    const keys = db.pragma(`foreign_key_list(${ident(table)})`) as ForeignKeyRow[]
    for (const id of new Set(keys.map((k) => k.id))) {
      const parts = keys.filter((k) => k.id === id)
      const single = parts.length === 1
      all.push({
        table,
        column: single ? parts[0].from : null,
        parent: parts[0].table,
        parentColumn: (single && parts[0].to) || 'id',
      })
    }
  }
  const into = groupBy(all, (r) => r.parent)
  const from = groupBy(all, (r) => r.table)
  return { into: (parent) => into.get(parent) ?? [], from: (table) => from.get(table) ?? [] }
}

function groupBy<T>(items: readonly T[], by: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(by(item), [...(groups.get(by(item)) ?? []), item])
  return groups
}
