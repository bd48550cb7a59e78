import type Database from 'better-sqlite3'
import type { ChangeKind, FieldChange, UpdatePreview } from '../../../src-shared/ipc/channels/csv-import'
import { prepared } from '../../db/sql'

/** A record an import updated, as it was before (what ChangeLog saved for undo). */
export interface UpdatedRecord {
  table: string
  id: number
  row: number
  before: Record<string, unknown>
}

/** Bookkeeping and search keys: not what the owner typed, so not listed as changes. */
const HIDDEN = new Set([
  'id',
  'uid',
  'created_at',
  'updated_at',
  'deleted_at',
  'phone_norm',
  'email_norm',
  'name_pinyin',
  'name_initials',
  'sort_key',
  'lifetime_value',
  'order_count',
  'last_purchase_at',
  'merged_into_id',
  'purge_batch',
  'position',
  'lines',
  'history',
  'members',
])
const MONEY = new Set(['price', 'cost', 'subtotal', 'discount', 'tax', 'total', 'value'])
const DATES = new Set(['birthday', 'expected_close'])
/** References shown by what they name, under the field the importer reads them from. */
const REFERENCES: Record<string, { field: string; sql: string }> = {
  customer_id: { field: 'customer.name', sql: 'SELECT name FROM customers WHERE id = ?' },
  stage_id: { field: 'stage', sql: 'SELECT name FROM pipeline_stages WHERE id = ?' },
  ticket_id: { field: 'ticketNumber', sql: 'SELECT number FROM tickets WHERE id = ?' },
  campaign_id: { field: 'campaign', sql: 'SELECT name FROM campaigns WHERE id = ?' },
}
const LABEL: Record<string, string> = {
  customers: 'name',
  products: 'sku',
  orders: 'number',
  deals: 'title',
  tickets: 'number',
  campaigns: 'name',
}

const camel = (column: string): string => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

function kindOf(column: string): ChangeKind {
  if (MONEY.has(column)) return 'money'
  if (DATES.has(column)) return 'date'
  if (column.endsWith('_at')) return 'datetime'
  if (column === 'active') return 'boolean'
  if (column === 'gender') return 'gender'
  return 'text'
}

/**
 * What each updated record looks like now against before, field by field (old → new): the
 * preview of a dry run, the account of a real import. Read inside the import's transaction.
 */
export function updatePreviews(db: Database.Database, records: readonly UpdatedRecord[]): UpdatePreview[] {
  return records.map(({ table, id, row, before }) => {
    const after = prepared(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>
    const changes: FieldChange[] = []
    for (const [column, value] of Object.entries(after)) {
      if (HIDDEN.has(column) || value === before[column]) continue
      const reference = REFERENCES[column]
      if (reference) {
        const name = (id: unknown): string | null =>
          id === null ? null : (prepared(db, reference.sql).pluck().get(id) as string)
        changes.push({ field: reference.field, kind: 'text', before: name(before[column]), after: name(value) })
      } else {
        changes.push({ field: camel(column), kind: kindOf(column), before: cell(before[column]), after: cell(value) })
      }
    }
    const lines = before.lines
    if (Array.isArray(lines)) {
      const now = prepared(db, 'SELECT count(*) FROM order_lines WHERE order_id = ?').pluck().get(id) as number
      if (now !== lines.length) changes.push({ field: 'lines', kind: 'number', before: lines.length, after: now })
    }
    if (Array.isArray(before.members)) changes.push(...memberMarkChanges(db, id, before.members as MemberMarks[]))
    return { row, id, label: String(after[LABEL[table] ?? 'id'] ?? id), changes }
  })
}

const cell = (value: unknown): string | number | null => (typeof value === 'number' || typeof value === 'string' ? value : null)

interface MemberMarks {
  contacted_at: string | null
  responded_at: string | null
}

/** A campaign's members saved with it (a responses import): how many are contacted and responded, before → after. */
function memberMarkChanges(db: Database.Database, campaignId: number, before: readonly MemberMarks[]): FieldChange[] {
  const now = prepared(
    db,
    'SELECT count(contacted_at) AS contacted, count(responded_at) AS responded FROM campaign_members WHERE campaign_id = ?',
  ).get(campaignId) as { contacted: number; responded: number }
  const was = (column: keyof MemberMarks): number => before.filter((m) => m[column] !== null).length
  const changes: FieldChange[] = [
    { field: 'membersContacted', kind: 'number', before: was('contacted_at'), after: now.contacted },
    { field: 'membersResponded', kind: 'number', before: was('responded_at'), after: now.responded },
  ]
  return changes.filter((c) => c.before !== c.after)
}
