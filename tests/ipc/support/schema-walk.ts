import type { z } from 'zod'

/** A place in a channel's input where a value of one kind goes, and the schema that checks it. */
export interface Leaf {
  path: (string | number)[]
  kind: 'text' | 'date' | 'datetime' | 'number' | 'other'
  schema: z.ZodType
}

interface Def {
  type: string
  format?: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
  items?: z.ZodType[]
  in?: z.ZodType
  keyType?: z.ZodType
  valueType?: z.ZodType
  entries?: Record<string, string | number>
  values?: unknown[]
  getter?: () => z.ZodType
  left?: z.ZodType
  right?: z.ZodType
}

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def
const parses = (schema: z.ZodType, value: unknown): boolean => schema.safeParse(value).success

const TEXT_SAMPLES = ['a', 'name', 'CNY', 'zh-CN', 'customers', 'abc']

/**
 * A value `schema` accepts where one can be built from the schema alone (else the nearest try),
 * and the leaves it holds: a mutation of one leaf then reaches that leaf's own check. Zod's
 * definitions are walked as data (zod 4's `_zod.def`), so every channel, new ones included,
 * is covered without a list.
 */
export function sample(
  schema: z.ZodType,
  path: (string | number)[] = [],
  leaves: Leaf[] = [],
): { value: unknown; leaves: Leaf[] } {
  const d = def(schema)
  const leaf = (kind: Leaf['kind'], value: unknown) => (leaves.push({ path, kind, schema }), { value, leaves })
  switch (d.type) {
    case 'string': {
      if (d.format === 'date') return leaf('date', '2026-03-02')
      if (d.format === 'datetime') return leaf('datetime', '2026-03-02T01:00:00.000Z')
      const min = (schema as unknown as { minLength?: number | null }).minLength ?? 1
      const candidates = [...TEXT_SAMPLES, 'a'.repeat(Math.max(min, 1))]
      return leaf('text', candidates.find((c) => parses(schema, c)) ?? 'a')
    }
    case 'number':
      return leaf('number', [1, 0, 2026].find((n) => parses(schema, n)) ?? 1)
    case 'boolean':
      return leaf('other', false)
    case 'enum':
      return leaf('other', Object.values(d.entries ?? {})[0])
    case 'literal':
      return leaf('other', d.values?.[0])
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return sample(d.innerType!, path, leaves)
    case 'pipe':
      return sample(d.in!, path, leaves)
    case 'lazy':
      return sample(d.getter!(), path, leaves)
    case 'array':
      return { value: [sample(d.element!, [...path, 0], leaves).value], leaves }
    case 'tuple':
      return { value: (d.items ?? []).map((item, i) => sample(item, [...path, i], leaves).value), leaves }
    case 'object': {
      const value: Record<string, unknown> = {}
      for (const [key, field] of Object.entries(d.shape ?? {})) value[key] = sample(field, [...path, key], leaves).value
      leaves.push({ path, kind: 'other', schema })
      return { value, leaves }
    }
    case 'record':
      leaves.push({ path, kind: 'other', schema })
      return { value: {}, leaves }
    case 'union': {
      const tries = (d.options ?? []).map((option) => sample(option, path, []))
      const chosen = tries.find((t) => parses(schema, t.value)) ?? tries[0]
      leaves.push(...chosen.leaves)
      return { value: chosen.value, leaves }
    }
    case 'intersection': {
      const left = sample(d.left!, path, leaves).value as object
      const right = sample(d.right!, path, leaves).value as object
      return { value: { ...left, ...right }, leaves }
    }
    default:
      return leaf('other', null)
  }
}

/** Every string schema reachable from `schema` (through objects, arrays, unions, records' values and keys …). */
export function stringSchemas(schema: z.ZodType, seen = new Set<z.ZodType>()): z.ZodType[] {
  if (seen.has(schema)) return []
  seen.add(schema)
  const d = def(schema)
  if (d.type === 'string') return [schema]
  const children = [
    d.innerType,
    d.element,
    d.in,
    d.keyType,
    d.valueType,
    d.left,
    d.right,
    ...(d.options ?? []),
    ...(d.items ?? []),
    ...Object.values(d.shape ?? {}),
    ...(d.type === 'lazy' && d.getter ? [d.getter()] : []),
  ].filter((child): child is z.ZodType => child !== undefined)
  return children.flatMap((child) => stringSchemas(child, seen))
}

/** Every record schema reachable from `schema`, with its key schema. */
export function recordKeySchemas(schema: z.ZodType, seen = new Set<z.ZodType>()): z.ZodType[] {
  if (seen.has(schema)) return []
  seen.add(schema)
  const d = def(schema)
  const own = d.type === 'record' && d.keyType ? [d.keyType] : []
  const children = [
    d.innerType,
    d.element,
    d.in,
    d.valueType,
    d.left,
    d.right,
    ...(d.options ?? []),
    ...(d.items ?? []),
    ...Object.values(d.shape ?? {}),
  ]
  return [...own, ...children.filter((c): c is z.ZodType => c !== undefined).flatMap((c) => recordKeySchemas(c, seen))]
}

/** Formats a string schema checks (`date`, `datetime`, or undefined for free text). */
export const formatOf = (schema: z.ZodType): string | undefined => def(schema).format

/** `value` with the value at `path` replaced by `replacement` (a copy; `value` is left as it was). */
export function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const [head, ...rest] = path
  const copy = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) }
  ;(copy as Record<string | number, unknown>)[head] = replaceAt(
    (value as Record<string | number, unknown>)[head],
    rest,
    replacement,
  )
  return copy
}
