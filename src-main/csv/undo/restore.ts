import type Database from 'better-sqlite3'
import { insertRow, updateRow, type Values } from '../../db/sql'

/** Rows saved with their parent when it was updated (an order's lines, a deal's stage history). */
export const SAVED_WITH: Readonly<Record<string, { key: string; table: string; parent: string }>> = {
  orders: { key: 'lines', table: 'order_lines', parent: 'order_id' },
  deals: { key: 'history', table: 'deal_stage_history', parent: 'deal_id' },
  tickets: { key: 'events', table: 'ticket_events', parent: 'ticket_id' },
  campaigns: { key: 'members', table: 'campaign_members', parent: 'campaign_id' },
}

/** The part tables above, by part: `order_lines` → its order (`orders`, `order_id`). */
export const PART_OF: ReadonlyMap<string, { parent: string; column: string }> = new Map(
  Object.entries(SAVED_WITH).map(([parent, part]) => [part.table, { parent, column: part.parent }]),
)

/** Writes back every column of the saved row, and the rows saved with it. */
export function restoreRow(db: Database.Database, table: string, before: Record<string, unknown>): void {
  const children = Object.hasOwn(SAVED_WITH, table) ? SAVED_WITH[table] : undefined
  const { id, ...values } = before
  const saved = children ? values[children.key] : undefined
  if (children) delete values[children.key]
  updateRow(db, table, id as number, values as Values)
  if (!children || !Array.isArray(saved)) return
  db.prepare(`DELETE FROM ${children.table} WHERE ${children.parent} = ?`).run(id)
  for (const row of saved as Values[]) insertRow(db, children.table, row)
}
