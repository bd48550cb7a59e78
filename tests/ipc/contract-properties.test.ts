import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract, type IpcResult } from '../../src-shared/ipc'
import { CHANNEL_NAMES } from '../../src-shared/ipc/names'
import { DATE_MAX, DATE_MIN } from '../../src-shared/ipc/schemas'
import { databaseHash } from '../support/database-hash'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { formatOf, recordKeySchemas, replaceAt, sample, stringSchemas, type Leaf } from './support/schema-walk'

type Schema = Parameters<typeof stringSchemas>[0]
const schemaOf = (channel: string): Schema => (contract as unknown as Record<string, { input: Schema }>)[channel].input
const refuses = (schema: Schema, value: unknown): boolean => !schema.safeParse(value).success

/** Any text with a lone UTF-16 surrogate somewhere in it. */
const loneSurrogateText = fc
  .tuple(fc.string({ maxLength: 20 }), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string({ maxLength: 20 }))
  .map(([before, unit, after]) => `${before}${String.fromCharCode(unit)}${after}`)

/** Any text with a NUL in it (SQLite's text functions stop there). */
const nulText = fc
  .tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }))
  .map(([before, after]) => `${before}\u0000${after}`)

/** A day outside DATE_MIN … DATE_MAX that is otherwise a real calendar day. */
const dayOutOfRange = fc
  .oneof(
    fc.integer({ min: 1, max: Number(DATE_MIN.slice(0, 4)) - 1 }),
    fc.integer({ min: Number(DATE_MAX.slice(0, 4)) + 1, max: 9999 }),
  )
  .chain((year) => fc.tuple(fc.constant(year), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)

const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']
/** An object whose own keys are the names a plain-object lookup trips on (`__proto__` as an own key, as JSON makes it). */
const protoObject = (): Record<string, unknown> => JSON.parse(`{${PROTO_KEYS.map((k) => `"${k}":{"x":1}`).join(',')}}`)

/** What a hostile caller sends in place of each kind of value. */
const HOSTILE: Record<Leaf['kind'], unknown[]> = {
  text: [
    'x\ud800y',
    '\udc00',
    '\u0000abc',
    'ab\u0000cd\u0000ef',
    '"a" OR b*',
    'NEAR(a b)',
    '9999-12-31',
    ...PROTO_KEYS,
    'a'.repeat(100_000),
    '',
  ],
  date: ['9999-12-31', '0001-01-01', '2026-02-30', '1899-12-31', '2201-01-01', '+275760-09-13'],
  datetime: ['9999-12-31T00:00:00Z', '0001-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', '2026-03-02T25:00:00Z'],
  number: [1e308, -1, 0, 2 ** 53, 1.5, -0],
  other: [null, {}, [], 'x', 1, protoObject()],
}

/** Hostile values for a leaf: the fixed ones above, and generated text with NULs and lone surrogates. */
const hostileFor = (leaf: Leaf): fc.Arbitrary<unknown> =>
  leaf.kind === 'text'
    ? fc.oneof(
        fc.constantFrom(...HOSTILE.text),
        loneSurrogateText,
        fc.string({ minLength: 3 }).map((s) => `\u0000${s}\u0000`),
      )
    : fc.constantFrom(...HOSTILE[leaf.kind], ...HOSTILE.other)

describe('every channel’s schema refuses what the issue found', () => {
  for (const channel of CHANNEL_NAMES) {
    const schema = schemaOf(channel)
    it(`${channel}: no text field takes a lone surrogate or a NUL; no date leaves ${DATE_MIN} … ${DATE_MAX}; no map key is __proto__`, () => {
      for (const text of stringSchemas(schema)) {
        fc.assert(
          fc.property(loneSurrogateText, (value) => refuses(text, value)),
          { numRuns: 30 },
        )
        fc.assert(
          fc.property(nulText, (value) => refuses(text, value)),
          { numRuns: 30 },
        )
        const format = formatOf(text)
        if (format === 'date')
          fc.assert(
            fc.property(dayOutOfRange, (day) => refuses(text, day)),
            { numRuns: 30 },
          )
        if (format === 'datetime') {
          fc.assert(
            fc.property(dayOutOfRange, (day) => refuses(text, `${day}T00:00:00Z`)),
            { numRuns: 30 },
          )
        }
      }
      for (const key of recordKeySchemas(schema)) for (const name of PROTO_KEYS.slice(0, 1)) expect(refuses(key, name)).toBe(true)
    })
  }
})

/**
 * The real backend (real registrar, handlers and SQLite file) called on every channel with a
 * valid-shaped input in which one value at a time is hostile: every call answers — ok, or a
 * named, translated error, never `internal` — and a refused call changes nothing.
 */
describe('every channel, called with hostile values, never fails as internal', () => {
  let t: TestBackend
  beforeAll(async () => {
    t = openTestBackend()
    for (const name of ['张三', 'Alice', '李四']) await t.dispatch('customers.create', { name, phone: '13800000001' })
    await t.dispatch('customers.tag', { ids: [1, 2], tagName: 'vip' })
  })
  afterAll(() => t.close())

  for (const channel of CHANNEL_NAMES) {
    it(channel, async () => {
      const { value: base, leaves } = sample(schemaOf(channel))
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...leaves).chain((leaf) => fc.tuple(fc.constant(leaf), hostileFor(leaf))),
          async ([leaf, hostile]) => {
            const input = replaceAt(base, leaf.path, hostile)
            const before = databaseHash(t.db)
            const result = (await t.dispatch(channel, input)) as IpcResult<unknown>
            const code = result.ok ? 'ok' : result.error.code
            expect(code, `${channel} ${JSON.stringify(leaf.path)} = ${JSON.stringify(hostile)?.slice(0, 80)}`).not.toBe(
              'internal',
            )
            if (!result.ok) expect(databaseHash(t.db)).toBe(before)
          },
        ),
        { numRuns: Math.min(120, leaves.length * 15) },
      )
    })
  }
})
