import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IpcResult } from '../../src-shared/ipc'
import { databaseHash } from '../support/database-hash'
import { openTestBackend, type TestBackend } from '../support/test-db'

/** The exact calls issue 10 found ending in `internal`: each now a translated validation error that changes nothing. */
describe('the validation gaps of issue 10', () => {
  let t: TestBackend
  beforeAll(async () => {
    t = openTestBackend()
    await t.dispatch('customers.create', { name: '张三', phone: '13800000001' })
  })
  afterAll(() => t.close())

  const refused = async (channel: string, input: unknown): Promise<{ code: string; message: string }> => {
    const before = databaseHash(t.db)
    const result = (await t.dispatch(channel, input)) as IpcResult<unknown>
    expect(databaseHash(t.db)).toBe(before)
    if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`)
    return result.error
  }

  it('duplicate-rule keys that are Object.prototype names, or unknown to the kind, are refused', async () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'nonsense', 'sku']) {
      const input = {
        fileId: randomUUID(),
        jobId: randomUUID(),
        kind: 'customers',
        dryRun: true,
        rules: [{ key, action: 'skip' }],
      }
      expect(await refused('csv.import', input), key).toMatchObject({ code: 'validation' })
    }
  })

  it('a NUL in a search, a lone surrogate in text, and dates far out of range are refused in words', async () => {
    expect(await refused('customers.search', { query: 'ab\u0000cd', limit: 5 })).toMatchObject({ code: 'validation' })
    const surrogate = await refused('customers.create', { name: 'x\ud800y' })
    expect(surrogate.message).toContain('broken character')
    for (const [channel, input] of [
      ['analytics.service', { from: '2026-01-01', to: '9999-12-31' }],
      ['analytics.rfm', { asOf: '9999-12-31' }],
      ['csv.export', { kind: 'orders', from: '0001-01-01', to: '2026-01-01' }],
    ] as const) {
      const error = await refused(channel, input)
      expect(error, channel).toMatchObject({ code: 'validation' })
      expect(error.message).toContain('1900-01-01')
    }
  })
})
