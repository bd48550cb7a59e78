import type { EnumName } from '../../../../src-shared/i18n/enum-labels'
import type { AuditRow } from '../../../../src-shared/ipc/channels/audit'
import { enumOf, TICKET_EVENT_FIELDS } from './audit-enums'

/** A value as one short line of text: nothing, a flag, text, a number, an enum's label, or a compact JSON. */
export type Shown =
  | { kind: 'enum'; name: EnumName; value: string }
  | { kind: 'empty' }
  | { kind: 'flag'; value: boolean }
  | { kind: 'text'; value: string }
  | { kind: 'money'; value: number }
  | { kind: 'time'; value: string }

/** One line of "what changed": a sentence for the special rows, else a field's before → after. */
export type ChangeLine =
  | { kind: 'note'; key: NoteKey; orders?: number }
  | { kind: 'field'; field: string; before?: Shown; after?: Shown }
  | { kind: 'more'; count: number }

export type NoteKey = 'erased' | 'purged' | 'retention' | 'scrubbed' | 'toTrash' | 'fromTrash' | 'nothing'

/** Bookkeeping every record carries, and figures the app keeps itself: nothing the owner changed. */
const HIDDEN = new Set(
  'id uid batch createdAt updatedAt namePinyin nameInitials sortKey phoneNorm emailNorm purgeBatch mergedIntoId lifetimeValue orderCount lastPurchaseAt'
    .split(' ')
    .flatMap((key) => [key, snake(key)]),
)
/** Fields holding money (integer minor units), shown as money. */
const MONEY = new Set(
  'total subtotal discount tax refunded price cost value amount unitPrice lineTotal'
    .split(' ')
    .flatMap((key) => [key, snake(key)]),
)
/** Yes/no fields SQLite stores as 0 and 1, shown as yes and no. */
const FLAGS = new Set('doNotContact active asksCsat asksNps isDefault digest'.split(' ').flatMap((key) => [key, snake(key)]))
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/
const MAX_LINES = 6
const MAX_TEXT = 80

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value)

/** Turns a logged before/after pair into lines a person reads; `entity` tells which fields hold enums. */
export function describeChange(row: Pick<AuditRow, 'before' | 'after'> & { entity?: string }): ChangeLine[] {
  const before = isObject(row.before) ? row.before : undefined
  const after = isObject(row.after) ? row.after : undefined
  const entity = row.entity
  if (after?.scrubbed === true) return [{ kind: 'note', key: 'scrubbed' }]
  if (after?.erased === true) return [{ kind: 'note', key: 'erased', orders: Number(after.orders ?? 0) }]
  if (after?.purged === true) return [{ kind: 'note', key: after.reason === 'retention' ? 'retention' : 'purged' }]
  if (before && after && 'deletedAt' in after && Object.keys(after).length === 1) {
    return [{ kind: 'note', key: after.deletedAt === null ? 'fromTrash' : 'toTrash' }]
  }
  if (entity === 'ticket' && !before && Array.isArray(after?.events)) return atMost(after.events.flatMap(eventLines))
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((key) => !HIDDEN.has(key))
  const lines: ChangeLine[] = keys
    // With both sides, a key only before is not part of the change (a settings patch logs the whole before).
    .filter((key) => !(before && after) || (key in after && JSON.stringify(before[key]) !== JSON.stringify(after[key])))
    .filter((key) => (before && after) || show((after ?? before)?.[key], key, entity).kind !== 'empty')
    .map((key) => ({
      kind: 'field',
      field: key,
      before: before && key in before ? show(before[key], key, entity) : undefined,
      after: after && key in after ? show(after[key], key, entity) : undefined,
    }))
  return atMost(lines)
}

function atMost(lines: ChangeLine[]): ChangeLine[] {
  if (lines.length === 0) return [{ kind: 'note', key: 'nothing' }]
  if (lines.length <= MAX_LINES) return lines
  return [...lines.slice(0, MAX_LINES - 1), { kind: 'more', count: lines.length - MAX_LINES + 1 }]
}

/** One logged ticket event: what happened, and the status or channel it names. */
function eventLines(event: unknown): ChangeLine[] {
  if (!isObject(event)) return []
  return Object.entries(TICKET_EVENT_FIELDS)
    .filter(([field]) => typeof event[field] === 'string')
    .map(([field, name]) => ({
      kind: 'field',
      field: field === 'kind' ? 'event' : field,
      after: { kind: 'enum', name, value: String(event[field]) },
    }))
}

/**
 * A logged value as a short line; `key` tells money from a plain number and, with the record's
 * `entity`, an enum's stored value from free text.
 */
export function show(value: unknown, key = '', entity?: string): Shown {
  if (value === null || value === undefined || value === '') return { kind: 'empty' }
  const name = typeof value === 'string' ? enumOf(entity, key) : undefined
  if (name && typeof value === 'string') return { kind: 'enum', name, value }
  if (typeof value === 'boolean') return { kind: 'flag', value }
  if ((value === 0 || value === 1) && FLAGS.has(key)) return { kind: 'flag', value: value === 1 }
  if (typeof value === 'number' && MONEY.has(key)) return { kind: 'money', value }
  if (typeof value === 'string' && INSTANT.test(value)) return { kind: 'time', value }
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value)
  return { kind: 'text', value: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text }
}

function snake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

/** `stageId` → "Stage id", `last_purchase_at` → "Last purchase at": for fields the catalog does not name. */
export function humanize(key: string): string {
  const words = key
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
