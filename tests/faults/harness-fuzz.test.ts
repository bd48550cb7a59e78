import { join } from 'node:path'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { contract } from '../../src-shared/ipc'
import { CHANNEL_NAMES } from '../../src-shared/ipc/names'
import { replaceAt, sample } from '../ipc/support/schema-walk'
import { harnessBuilt, startBuiltHarness } from '../support/built-harness'
import { databaseHash } from '../support/database-hash'
import { makeTempDir } from '../support/temp-dir'
import { HOSTILE_KEYS, HUGE_TEXTS, placesOf, traversalTexts, withKeyAt } from './support/hostile-inputs'

type Schema = { safeParse(value: unknown): { success: boolean } }
const schemaOf = (channel: string): Schema => (contract as unknown as Record<string, { input: Schema }>)[channel].input

/** JSON-shaped wrong inputs (what a page can put on the wire): every one refused by any channel's schema. */
const wrongJson = fc.oneof(
  fc.constantFrom<unknown>(null, 0, -1, '', 'x', true, [], [{}], { '': null }),
  fc.jsonValue({ maxDepth: 2 }),
)

/**
 * The same attacks as ./ipc-fuzz.test.ts, over the wire the renderer uses in the browser harness,
 * against the built app in its own process (its bundled workers included): every refused input
 * comes back as a validation error, and afterwards the process is still alive and answering and
 * the data file holds exactly what it held before.
 */
describe.skipIf(!harnessBuilt)('every channel fuzzed over the built harness’s wire', () => {
  const temp = makeTempDir('kehu-harness-fuzz-')
  const dataDir = join(temp.dir, 'data')
  afterAll(() => temp.cleanup())

  it('refuses every hostile input, stays up, and changes nothing', async () => {
    openDatabase(join(dataDir, 'kehu.sqlite'), { create: true }).db.close()
    const harness = await startBuiltHarness(dataDir)
    let stopped = false
    try {
      expect(await harness.invoke('customers.create', { name: '张三', phone: '13800000001' })).toMatchObject({ ok: true })
      const committed = (): string => {
        const db = new Database(join(dataDir, 'kehu.sqlite'), { readonly: true })
        try {
          return databaseHash(db)
        } finally {
          db.close()
        }
      }
      const before = committed()
      let calls = 0
      for (const channel of CHANNEL_NAMES) {
        const schema = schemaOf(channel)
        const { value: base, leaves } = sample(schema as never)
        const { objects, texts } = placesOf(leaves)
        const inputs = [
          ...fc.sample(wrongJson, { numRuns: 4 }),
          ...objects.flatMap((place) => HOSTILE_KEYS.map((key) => withKeyAt(base, place.path, key))),
          // One megabyte text per field on the wire (each costs a parse on both sides), and a few traversals.
          ...texts.flatMap((place) =>
            [HUGE_TEXTS[0], ...fc.sample(fc.constantFrom(...traversalTexts(temp.dir)), 3)].map((text) =>
              replaceAt(base, place.path, text),
            ),
          ),
        ].filter((input) => !schema.safeParse(input).success)
        for (const input of inputs) {
          const answer = await harness.invoke(channel, input)
          calls++
          expect(answer.ok ? 'ok' : answer.error.code, channel).toBe('validation')
        }
      }
      console.info(`[harness-fuzz] ${calls} refused calls over HTTP`)
      expect(calls).toBeGreaterThan(CHANNEL_NAMES.length * 3)
      expect(await harness.invoke('app.info', {})).toMatchObject({ ok: true })
      expect(committed()).toBe(before)
      // Still the same process, and it shuts down cleanly: nothing above crashed it.
      stopped = true
      expect(await harness.stop()).toBe(0)
    } finally {
      if (!stopped) await harness.stop()
    }
  }, 300_000)
})
