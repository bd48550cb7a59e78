import type Database from 'better-sqlite3'
import { IMPORTED_TABLES, rowKey, type ImportRows } from './import-rows'
import { ident as q, type Reference, type ReferenceGraph } from './references'
import { PART_OF } from './restore'

/** What points at an import's rows from outside it. */
export interface Dependents {
  /** Later, still committed imports that build on its rows: import id → keys of its rows they use. */
  later: Map<number, Set<string>>
  /** Its created rows that records of the owner point at: row key → count by table of those records. */
  holds: Map<string, Map<string, number>>
}

/** The rows of committed imports after `@import`, with the first import that touched each. */
const LATER = `WITH later AS (
  SELECT c.table_name, c.row_id, min(c.import_id) AS import_id FROM import_changes c
  JOIN imports i ON i.id = c.import_id WHERE i.status = 'committed' AND c.import_id > @import
  GROUP BY c.table_name, c.row_id)`

const ids = (set: ReadonlySet<number> | undefined): string => JSON.stringify([...(set ?? [])])

/**
 * A merge's own bookkeeping (its undo record and the timeline entry it wrote) is not the owner's
 * work: the merge itself is what keeps the customers (keep.ts names it, "merged into …").
 */
const MERGE_RECORDS = 'customer_merges'
const notMergeEntry = (table: string): string =>
  table === 'activities' ? 'AND d.id NOT IN (SELECT activity_id FROM customer_merges WHERE activity_id IS NOT NULL)' : ''

/**
 * Finds every record that points at a row this import created (through any foreign key of the
 * schema) and is not itself this import's, and every later import that touched its rows. A record
 * is the import's own when the import logged it, or it is part of one it logged (an order's lines).
 */
export function findDependents(db: Database.Database, rows: ImportRows, graph: ReferenceGraph): Dependents {
  const later = new Map<number, Set<string>>()
  const holds = new Map<string, Map<string, number>>()
  const addLater = (importId: number, key: string): void => void later.set(importId, (later.get(importId) ?? new Set()).add(key))

  const touched = db
    .prepare(
      `${LATER} SELECT l.import_id, c.table_name, c.row_id FROM import_changes c
      JOIN later l ON l.table_name = c.table_name AND l.row_id = c.row_id WHERE c.import_id = @import`,
    )
    .all({ import: rows.importId }) as { import_id: number; table_name: string; row_id: number }[]
  for (const t of touched) addLater(t.import_id, rowKey(t.table_name, t.row_id))

  for (const [parent, created] of rows.created) {
    for (const reference of graph.into(parent)) {
      if (reference.column === null) continue // several columns: named if it ever blocks a delete
      if (reference.table === MERGE_RECORDS) continue
      const found = db.prepare(dependentsSql(reference)).all({
        import: rows.importId,
        parents: ids(created),
        owned: ids(rows.owned.get(owner(reference.table)?.table ?? '')),
      }) as { parent: number; later: number | null; n: number }[]
      for (const f of found) {
        const key = rowKey(parent, f.parent)
        if (f.later !== null) addLater(f.later, key)
        else {
          const counts = holds.get(key) ?? new Map<string, number>()
          holds.set(key, counts.set(reference.table, (counts.get(reference.table) ?? 0) + f.n))
        }
      }
    }
  }
  return { later, holds }
}

/** Whose change-log entry a row of `table` is: its own (imported tables), its parent's (an order's lines), or none. */
function owner(table: string): { table: string; column: string } | undefined {
  if (IMPORTED_TABLES.includes(table)) return { table, column: 'id' }
  const part = PART_OF.get(table)
  return part && { table: part.parent, column: part.column }
}

/** Counts the rows of `table` pointing at the created rows of `parent`, by parent row and later import. */
function dependentsSql({ table, column, parent, parentColumn }: Reference): string {
  const by = owner(table)
  const later = by ? `LEFT JOIN later l ON l.table_name = '${by.table}' AND l.row_id = d.${q(by.column)}` : ''
  const notOwned = by ? `AND d.${q(by.column)} NOT IN (SELECT value FROM json_each(@owned))` : ''
  return `${LATER} SELECT p.id AS parent, ${by ? 'l.import_id' : 'NULL'} AS later, count(*) AS n
    FROM ${q(table)} d JOIN ${q(parent)} p ON p.${q(parentColumn)} = d.${q(column ?? '')} ${later}
    WHERE p.id IN (SELECT value FROM json_each(@parents)) ${notOwned} ${notMergeEntry(table)}
    GROUP BY 1, 2`
}
