import type Database from 'better-sqlite3'
import { insertRow, prepared, type Values } from '../db/sql'
import { touchCampaign } from '../marketing/campaigns/response-marks'

/** Tables whose rows simply change owner in a merge. */
export const OWNED = ['orders', 'deals', 'tickets', 'activities', 'tasks', 'survey_responses'] as const

/** Membership tables keyed by (x, customer_id): keep gains those it lacks. */
const MEMBERSHIPS = [
  { table: 'customer_tags', key: 'tag_id', columns: ['tag_id', 'created_at'], parent: 'tags' },
  {
    table: 'campaign_members',
    key: 'campaign_id',
    columns: ['campaign_id', 'contacted_at', 'responded_at'],
    parent: 'campaigns',
  },
  { table: 'segment_members', key: 'segment_id', columns: ['segment_id'], parent: 'segments' },
  // The campaign's hold-out: the person stays out of its control group under their kept record.
  { table: 'campaign_controls', key: 'campaign_id', columns: ['campaign_id'], parent: 'campaigns' },
] as const

/** Row ids per table. */
export type IdsByTable = Record<string, number[]>
/** A customer's membership rows (without customer_id) per table. */
export type Memberships = Record<string, Values[]>

const json = JSON.stringify

/** Re-points every owned row of `from` to `to`; returns the ids moved, per table. */
export function moveOwnedRows(db: Database.Database, from: number, to: number): IdsByTable {
  const moved: IdsByTable = {}
  for (const table of OWNED) {
    moved[table] = prepared(db, `UPDATE ${table} SET customer_id = ? WHERE customer_id = ? RETURNING id`)
      .pluck()
      .all(to, from) as number[]
  }
  return moved
}

/** Gives `moved` rows back to `owner`, those still with `holder` (a row re-assigned since stays). */
export function returnOwnedRows(db: Database.Database, moved: IdsByTable, holder: number, owner: number): void {
  for (const table of OWNED) {
    prepared(db, `UPDATE ${table} SET customer_id = ? WHERE customer_id = ? AND id IN (SELECT value FROM json_each(?))`).run(
      owner,
      holder,
      json(moved[table] ?? []),
    )
  }
}

/**
 * Moves `from`'s memberships to `to` and removes them from `from`. Returns `from`'s rows as
 * they were and the keys `to` gained (those it did not have already), so an undo can put both
 * customers back exactly.
 */
export function moveMemberships(db: Database.Database, from: number, to: number): { rows: Memberships; added: IdsByTable } {
  const rows: Memberships = {}
  const added: IdsByTable = {}
  for (const { table, key, columns } of MEMBERSHIPS) {
    const list = columns.join(', ')
    rows[table] = prepared(db, `SELECT ${list} FROM ${table} WHERE customer_id = ?`).all(from) as Values[]
    added[table] = prepared(
      db,
      `INSERT OR IGNORE INTO ${table} (customer_id, ${list}) SELECT ?, ${list} FROM ${table} WHERE customer_id = ?
       RETURNING ${key}`,
    )
      .pluck()
      .all(to, from) as number[]
    prepared(db, `DELETE FROM ${table} WHERE customer_id = ?`).run(from)
  }
  touchMemberCampaigns(db, rows.campaign_members)
  return { rows, added }
}

/** Undoes `moveMemberships`: `to` loses what it gained, `from` gets its rows back (whose tag, campaign or segment still exists). */
export function returnMemberships(db: Database.Database, rows: Memberships, added: IdsByTable, to: number, from: number): void {
  for (const { table, key, parent } of MEMBERSHIPS) {
    prepared(db, `DELETE FROM ${table} WHERE customer_id = ? AND ${key} IN (SELECT value FROM json_each(?))`).run(
      to,
      json(added[table] ?? []),
    )
    const exists = prepared(db, `SELECT 1 FROM ${parent} WHERE id = ?`).pluck()
    for (const row of rows[table] ?? []) {
      if (exists.get(row[key]) !== undefined) insertRow(db, table, { customer_id: from, ...row })
    }
  }
  touchMemberCampaigns(db, rows.campaign_members ?? [])
}

/**
 * Stamps each campaign whose members moved: a responses import keeps its campaigns' member rows
 * for its undo, and must then see that they changed since (else it would put back pre-merge rows).
 */
function touchMemberCampaigns(db: Database.Database, members: Values[]): void {
  for (const row of members) touchCampaign(db, row.campaign_id as number)
}
