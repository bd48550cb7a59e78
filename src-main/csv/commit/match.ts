import type { DuplicateAction, MatchRule } from '../../../src-shared/ipc/channels/csv-import'

/** How a match key reads its value from a record and finds an existing row by it. */
export interface KeyLookup<R> {
  value(record: R): string | null | undefined
  find(value: string): number | undefined
}

/** The first rule whose key finds an existing row decides what happens to the record. */
export function findDuplicate<R>(
  rules: readonly MatchRule[],
  lookups: Record<string, KeyLookup<R>>,
  record: R,
): { id: number; action: DuplicateAction } | null {
  for (const rule of rules) {
    const lookup = lookups[rule.key]
    const value = lookup?.value(record)
    if (!value) continue
    const id = lookup.find(value)
    if (id !== undefined) return { id, action: rule.action }
  }
  return null
}
