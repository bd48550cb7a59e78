import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { inspect } from 'node:util'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract, type IpcResult } from '../../src-shared/ipc'
import { CHANNEL_NAMES } from '../../src-shared/ipc/names'
import { replaceAt, sample } from '../ipc/support/schema-walk'
import { databaseHash } from '../support/database-hash'
import { makeTempDir } from '../support/temp-dir'
import { openTestBackend, type TestBackend } from '../support/test-db'
import {
  HOSTILE_KEYS,
  HUGE_TEXTS,
  POLLUTION_MARK,
  placesOf,
  traversalTexts,
  withKeyAt,
  wrongInput,
} from './support/hostile-inputs'

type Schema = { safeParse(value: unknown): { success: boolean } }
const schemaOf = (channel: string): Schema => (contract as unknown as Record<string, { input: Schema }>)[channel].input

/** A message that is still an i18n key (`errors.x`, `customers.form.y`) was never translated. */
const RAW_KEY = /^[a-z][\w-]*(\.[\w-]+)+$/
const CJK = /[\u3400-\u9fff]/

/**
 * Issue 15 §4: every channel of the contract, called through the real registrar on a real
 * SQLite file with inputs a compromised renderer could send — wrong types for the whole input,
 * hostile own keys (`__proto__`, `constructor` …) on every object, megabyte strings and path
 * traversal in every text field. Every call answers (no throw, never `internal`); a refusal is
 * a translated error (the shop is in zh-CN) and leaves every table exactly as it was; nothing
 * lands outside the data folder and no prototype is polluted.
 */
describe('every IPC channel, fuzzed', () => {
  const root = makeTempDir('kehu-fuzz-')
  const dataDir = join(root.dir, 'data')
  let t: TestBackend

  beforeAll(async () => {
    mkdirSync(dataDir)
    t = openTestBackend({ dir: dataDir, osLocale: 'zh-CN' })
    for (const name of ['张三', 'Alice', '李四']) await t.dispatch('customers.create', { name, phone: '13800000001' })
  })
  afterAll(() => {
    t.close()
    root.cleanup()
  })

  /** The digest of every table after the last call: the next call's "before", so each call hashes once. */
  let digest = ''

  /** Calls `channel` with `input`; checks the answer, and that a refusal changed nothing. */
  async function call(channel: string, input: unknown, label: () => string): Promise<IpcResult<unknown>> {
    const refused = !schemaOf(channel).safeParse(input).success
    const before = digest
    const result = (await t.dispatch(channel, input)) as IpcResult<unknown>
    digest = databaseHash(t.db)
    const where = (): string => `${channel} ${label()}`
    expect(result, where()).toHaveProperty('ok')
    if (refused) expect(result.ok ? 'ok' : result.error.code, where()).toBe('validation')
    if (!result.ok) {
      expect(result.error.code, where()).not.toBe('internal')
      expect(result.error.message, where()).not.toMatch(RAW_KEY)
      expect(result.error.message, where()).toMatch(CJK)
      for (const issue of result.error.issues ?? []) expect(issue.message, where()).not.toMatch(RAW_KEY)
      expect(digest, `${where()} changed the data and said no`).toBe(before)
    }
    expect(readdirSync(root.dir), `${where()} wrote beside the data folder`).toEqual(['data'])
    expect(({} as Record<string, unknown>)[POLLUTION_MARK], `${where()} polluted Object.prototype`).toBeUndefined()
    return result
  }

  const show = (value: unknown): string => inspect(value, { depth: 3, breakLength: Infinity }).slice(0, 120)

  for (const channel of CHANNEL_NAMES) {
    it(channel, async () => {
      digest = databaseHash(t.db)
      const { value: base, leaves } = sample(schemaOf(channel) as never)
      const { objects, texts } = placesOf(leaves)
      // An own __proto__ on the whole input, always; then a random mix of every kind of attack.
      const rooted = await call(channel, withKeyAt(base, [], '__proto__'), () => 'own key __proto__')
      expect(rooted.ok, `${channel} took an own __proto__ key`).toBe(false)
      // Only wrong inputs the schema refuses: an accidental valid one (`{}`) could lock the app or start a backup.
      const wrong = wrongInput.filter((input) => !schemaOf(channel).safeParse(input).success)
      const attacks: fc.Arbitrary<[string, unknown]>[] = [wrong.map((input) => ['whole input', input])]
      if (objects.length > 0)
        attacks.push(
          fc
            .tuple(fc.constantFrom(...objects), fc.constantFrom(...HOSTILE_KEYS))
            .map(([place, key]) => [`own key ${key} at ${show(place.path)}`, withKeyAt(base, place.path, key)]),
        )
      if (texts.length > 0)
        attacks.push(
          fc
            .tuple(fc.constantFrom(...texts), fc.constantFrom(...HUGE_TEXTS, ...traversalTexts(root.dir)))
            .map(([place, text]) => [`${show(place.path)} = ${show(text)}`, replaceAt(base, place.path, text)]),
        )
      await fc.assert(
        fc.asyncProperty(fc.oneof(...attacks), async ([what, input]) => {
          const result = await call(channel, input, () => `${what}: ${show(input)}`)
          if (what.startsWith('own key')) expect(result.ok, `${channel} took an unknown key (${what})`).toBe(false)
        }),
        { numRuns: 24 },
      )
    })
  }

  it('a made-up or hostile channel name is unknown_channel, translated', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom('__proto__', 'constructor', '../app.info', 'app.info\u0000', 'toString'), fc.string()),
        async (name) => {
          fc.pre(!(CHANNEL_NAMES as readonly string[]).includes(name))
          const before = databaseHash(t.db)
          const result = (await t.dispatch(name, {})) as IpcResult<unknown>
          expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
          expect(databaseHash(t.db)).toBe(before)
        },
      ),
      { numRuns: 50 },
    )
  })
})
