import type { DuplicateAction, MatchRule } from '../../../src-shared/ipc/channels/csv-import'

/** How a match key reads its value from a record and finds an existing row by it. */
export interface KeyLookup<R> {
  value(record: R): string | null | undefined
  find(value: string): number | undefined
}

/**
 * The first rule whose key finds an existing row decides what happens to the record. A rule's
 * key is looked up among the writer's own keys only (`Object.hasOwn`): `constructor` or
 * `__proto__` must never reach an inherited member of the lookup object.
 */
export function findDuplicate<R>(
  rules: readonly MatchRule[],
  lookups: Record<string, KeyLookup<R>>,
  record: R,
): { id: number; action: DuplicateAction } | null {
  for (const rule of rules) {
    if (!Object.hasOwn(lookups, rule.key)) continue
    const lookup = lookups[rule.key]
    const value = lookup.value(record)
    if (!value) continue
    const id = lookup.find(value)
    if (id !== undefined) return { id, action: rule.action }
  }
  return null
}
