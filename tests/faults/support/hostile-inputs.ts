import fc from 'fast-check'
import type { Leaf } from '../../ipc/support/schema-walk'

/** Keys a plain-object lookup or merge trips on; `__proto__` is set as an own key, as JSON.parse makes it. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString', 'hasOwnProperty']

/** The mark a successful prototype pollution would leave on every object. */
export const POLLUTION_MARK = 'kehuFuzzPolluted'

/** What the fuzzer plants under a hostile key: enough for a merge to carry the mark up a prototype chain. */
const pollutingValue = (): Record<string, unknown> => ({ [POLLUTION_MARK]: true, prototype: { [POLLUTION_MARK]: true } })

/** `value` with an own key `key` added to the object at `path` (a copy). */
export function withKeyAt(value: unknown, path: (string | number)[], key: string): unknown {
  if (path.length === 0) {
    const copy = { ...(value as Record<string, unknown>) }
    Object.defineProperty(copy, key, { value: pollutingValue(), enumerable: true, writable: true, configurable: true })
    return copy
  }
  const [head, ...rest] = path
  const copy = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) }
  ;(copy as Record<string | number, unknown>)[head] = withKeyAt((value as Record<string | number, unknown>)[head], rest, key)
  return copy
}

/** Strings that would escape the data folder if any handler joined them into a path (`root` is the folder above it). */
export const traversalTexts = (root: string): string[] => [
  '../escaped.txt',
  '../../escaped.txt',
  '..\\..\\escaped.txt',
  `${root}/escaped.txt`,
  `file://${root}/escaped.txt`,
  '/etc/passwd',
  '\\\\server\\share\\escaped.txt',
  'C:\\Windows\\System32\\escaped.txt',
  '%2e%2e%2fescaped.txt',
  '..%00/escaped.txt',
  './../data/../escaped.txt',
]

/** Texts far past any sensible length: a megabyte of ASCII, of CJK and of astral characters. */
export const HUGE_TEXTS = ['x'.repeat(1 << 20), '客'.repeat(1 << 19), '😀'.repeat(1 << 18)]

/** Whole inputs of the wrong type, as Electron's structured clone can carry them (BigInt, Map, Date, typed arrays …). */
export const wrongInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, 0, -1, Number.NaN, Infinity, '', 'x', true, [], [{}], () => 1),
  fc.anything({
    maxDepth: 2,
    maxKeys: 4,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  }),
)

/** The places in a channel's input that hold an object (where a hostile key goes) and text (where hostile text goes). */
export function placesOf(leaves: Leaf[]): { objects: Leaf[]; texts: Leaf[] } {
  const type = (leaf: Leaf): string => (leaf.schema as unknown as { _zod: { def: { type: string } } })._zod.def.type
  return { objects: leaves.filter((leaf) => type(leaf) === 'object'), texts: leaves.filter((leaf) => leaf.kind === 'text') }
}
