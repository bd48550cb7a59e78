import type { CustomerPatch } from '../../src-shared/domain/customer'
import { fieldMerge, MERGE_FIELDS, type MergeChoices, type MergeField } from '../../src-shared/domain/customer-merge'
import type { CustomerRecord } from './customer-columns'

/** A value one of the two customers had that the kept customer does not keep. */
export interface SetAside {
  field: MergeField
  value: string
  /** Whose value it was. */
  from: 'keep' | 'merge'
}

export interface MergePlan {
  /** What the kept customer's row gets (fields taken from the merged one, notes appended). */
  patch: CustomerPatch
  /** Fields filled or replaced from the merged customer. */
  taken: MergeField[]
  /** Values neither kept nor lost: they go into the timeline entry of the merge. */
  setAside: SetAside[]
}

/**
 * Decides each field of a merge. Where only the merged customer has a value it fills the kept
 * one's; where both have different values the person's choice wins (the kept customer's by
 * default) and the other value is set aside, never dropped. The merged notes are appended.
 */
export function planMerge(keep: CustomerRecord, merged: CustomerRecord, choices: MergeChoices = {}): MergePlan {
  const patch: CustomerPatch = {}
  const taken: MergeField[] = []
  const setAside: SetAside[] = []
  for (const field of MERGE_FIELDS) {
    const mine = keep[field]
    const theirs = merged[field]
    const how = fieldMerge(field, mine, theirs)
    if (how === 'keep' || theirs === null) continue
    if (how === 'fill' || choices[field] === 'merge') {
      Object.assign(patch, { [field]: theirs })
      taken.push(field)
      if (mine !== null) setAside.push({ field, value: mine, from: 'keep' })
    } else {
      setAside.push({ field, value: theirs, from: 'merge' })
    }
  }
  const notes = merged.notes.trim()
  if (notes !== '' && notes !== keep.notes.trim()) {
    patch.notes = keep.notes.trim() === '' ? merged.notes : `${keep.notes}\n\n${merged.notes}`
  }
  return { patch, taken, setAside }
}
