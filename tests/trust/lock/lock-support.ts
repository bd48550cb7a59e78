import { systemClock } from '../../../src-main/ipc/clock'
import { createTestClock, type TestClock } from '../../../src-main/harness/test-clock'
import { setPassphrase } from '../../../src-main/trust/keyring'
import type { IpcResult } from '../../../src-shared/ipc'

/** Cheap scrypt for speed: the keyring stores the cost with each wrap, so checks use it too. */
export const CHEAP_SCRYPT = { N: 2 ** 10, r: 8, p: 1 }
export const PASS = 'correct horse battery'

/** Sets the keyring's first passphrase in `dir`, as Security or the lock's own setting would. */
export const givePassphrase = (dir: string): Promise<unknown> => setPassphrase(dir, PASS, { scrypt: CHEAP_SCRYPT })

export const testClock = (): TestClock => createTestClock(systemClock)

/** The error code (and params) a refused call answered; fails the test on success. */
export async function refusal(result: Promise<IpcResult<unknown>>): Promise<{ code: string; params?: unknown; message: string }> {
  const answer = await result
  if (answer.ok) throw new Error(`expected a refusal, got ${JSON.stringify(answer.data)}`)
  return answer.error
}

export async function answer<T>(result: Promise<IpcResult<unknown>>): Promise<T> {
  const reply = await result
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`)
  return reply.data as T
}
