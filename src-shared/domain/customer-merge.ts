import { z } from 'zod'
import { normalizeEmail } from './email'
import { normalizePhone } from './phone'

/**
 * Merging two customers: the fields a person picks between when both records have a value.
 * Notes are never picked: the merged customer's notes are appended to the kept one's.
 */
export const MERGE_FIELDS = ['name', 'phone', 'email', 'code', 'gender', 'birthday', 'address', 'city', 'source'] as const
export type MergeField = (typeof MERGE_FIELDS)[number]

/** Whose value a field keeps: the surviving customer's (`keep`, the default) or the merged one's. */
export const MERGE_SIDES = ['keep', 'merge'] as const
export type MergeSide = (typeof MERGE_SIDES)[number]

export const mergeChoices = z.partialRecord(z.enum(MERGE_FIELDS), z.enum(MERGE_SIDES))
export type MergeChoices = z.output<typeof mergeChoices>

/**
 * How a field merges: `conflict` when both customers have different values (the person picks),
 * `fill` when only the merged customer has one (it is taken), `keep` otherwise (the kept value
 * stays: it is the only one, or the same one written differently, such as two spellings of a
 * phone number).
 */
export function fieldMerge(field: MergeField, mine: string | null, theirs: string | null): 'keep' | 'fill' | 'conflict' {
  if (theirs === null || sameValue(field, mine, theirs)) return 'keep'
  return mine === null ? 'fill' : 'conflict'
}

function sameValue(field: MergeField, a: string | null, b: string): boolean {
  if (a === null) return false
  if (a === b) return true
  if (field === 'phone') return normalizePhone(a) !== null && normalizePhone(a) === normalizePhone(b)
  if (field === 'email') return normalizeEmail(a) === normalizeEmail(b)
  return false
}

/** What `customers.undoMerge` did. */
export interface UndoMergeResult {
  /** The customer brought back. */
  restoredId: number
  /** The customer it had been merged into. */
  keptId: number
  /** Fields of the kept customer edited since the merge: left as they are now. */
  editedSince: (MergeField | 'notes')[]
}

/** One customer in the Trash: deleted by the owner, or merged into another customer. */
export interface TrashRow {
  id: number
  name: string
  phone: string | null
  email: string | null
  /** When it was deleted or merged (ISO-8601 UTC). */
  deletedAt: string
  /** The customer it was merged into, or null when the owner deleted it. */
  mergedInto: { id: number; name: string } | null
  /** A merge still recorded (not undone, both customers kept): Undo merge brings it back. */
  canUndoMerge: boolean
}
