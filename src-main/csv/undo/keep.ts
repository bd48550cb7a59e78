import type Database from 'better-sqlite3'
import type { KeptRecord } from '../../../src-shared/domain/import-undo'
import { prepared } from '../../db/sql'
import type { Dependents } from './dependents'
import { IMPORTED_TABLES, rowKey, type ImportRows } from './import-rows'
import { recordName } from './labels'
import { ident as q, type ReferenceGraph } from './references'
import { SAVED_WITH } from './restore'

/**
 * The created rows the undo keeps, with what holds each: those the owner's records point at,
 * customers merged into another since (the merge stays undoable, its data lives on in the
 * survivor), and — so nothing kept points at a deleted row — every created row a kept one
 * points at, itself or through its parts (a kept order keeps its customer and its lines' products).
 */
export function keptRows(db: Database.Database, rows: ImportRows, dependents: Dependents, graph: ReferenceGraph): KeptRecord[] {
  const kept = new Map<string, { table: string; id: number; holds: Map<string, number> }>()
  const queue: { table: string; id: number }[] = []
  const keep = (table: string, id: number, holder: string, count: number): void => {
    const key = rowKey(table, id)
    let entry = kept.get(key)
    if (!entry) {
      kept.set(key, (entry = { table, id, holds: new Map() }))
      queue.push({ table, id })
    }
    entry.holds.set(holder, (entry.holds.get(holder) ?? 0) + count)
  }
  for (const [key, counts] of dependents.holds) {
    const [table, id] = splitKey(key)
    for (const [holder, count] of counts) keep(table, id, holder, count)
  }
  const merged = prepared(
    db,
    'SELECT id FROM customers WHERE id IN (SELECT value FROM json_each(?)) AND merged_into_id IS NOT NULL',
  )
  for (const id of merged.pluck().all(JSON.stringify([...(rows.created.get('customers') ?? [])])) as number[]) {
    keep('customers', id, 'mergedInto', 1)
  }
  for (let next = queue.shift(); next; next = queue.shift()) {
    for (const { parent, id } of pointedAt(db, graph, next.table, next.id)) {
      const itself = parent === next.table && id === next.id // a part pointing back at its parent
      if (!itself && rows.created.get(parent)?.has(id)) keep(parent, id, next.table, 1)
    }
  }
  const order = (k: { table: string; id: number }): number => IMPORTED_TABLES.indexOf(k.table) * 2 ** 40 + k.id
  return [...kept.values()]
    .sort((x, y) => order(x) - order(y))
    .map(({ table, id, holds }) => ({
      table,
      id,
      name: recordName(db, table, id),
      holds: [...holds].map(([holder, count]) => ({ table: holder, count })),
    }))
}

/** The rows a row points at, directly and through its parts. */
function pointedAt(db: Database.Database, graph: ReferenceGraph, table: string, id: number): { parent: string; id: number }[] {
  const found: { parent: string; id: number }[] = []
  const read = (from: string, where: string): void => {
    for (const r of graph.from(from)) {
      if (r.column === null) continue
      const sql = `SELECT p.id FROM ${q(from)} d JOIN ${q(r.parent)} p ON p.${q(r.parentColumn)} = d.${q(r.column)} WHERE d.${q(where)} = ?`
      for (const parentId of prepared(db, sql).pluck().all(id) as number[]) found.push({ parent: r.parent, id: parentId })
    }
  }
  read(table, 'id')
  const part = Object.hasOwn(SAVED_WITH, table) ? SAVED_WITH[table] : undefined
  if (part) read(part.table, part.parent)
  return found
}

function splitKey(key: string): [string, number] {
  const at = key.lastIndexOf(':')
  return [key.slice(0, at), Number(key.slice(at + 1))]
}
