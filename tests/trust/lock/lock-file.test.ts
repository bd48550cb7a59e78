import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_LOCK, LOCK_FILE_NAME, readLockFile, writeLockFile } from '../../../src-main/trust/lock/lock-file'
import { lockIsOn } from '../../../src-main/trust/lock/lock-status'
import { MAX_WAIT_SECONDS, secondsUntil, waitAfter } from '../../../src-main/trust/lock/wrong-tries'
import { makeTempDir } from '../../support/temp-dir'
import { givePassphrase } from './lock-support'

let cleanup: (() => void) | undefined
afterEach(() => cleanup?.())
const folder = (): string => {
  const temp = makeTempDir('kehu-lock-')
  cleanup = temp.cleanup
  return temp.dir
}

describe('the lock file beside the data file', () => {
  it('is off by default, and keeps what was written', () => {
    const dir = folder()
    expect(readLockFile(dir)).toEqual(DEFAULT_LOCK)
    writeLockFile(dir, { enabled: true, idleMinutes: 7 })
    writeLockFile(dir, { failures: 2, retryAt: 1234 })
    expect(readLockFile(dir)).toEqual({ enabled: true, idleMinutes: 7, failures: 2, retryAt: 1234 })
  })

  it('counts as on when it exists but cannot be read (fail closed), yet is only on where a passphrase exists', async () => {
    const dir = folder()
    writeFileSync(join(dir, LOCK_FILE_NAME), '{"enabled": fals')
    expect(readLockFile(dir).enabled).toBe(true)
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify({ enabled: false, idleMinutes: 0, failures: 0, retryAt: 0 }))
    expect(readLockFile(dir).enabled).toBe(true)
    expect(lockIsOn(dir)).toBe(false)
    await givePassphrase(dir)
    expect(lockIsOn(dir)).toBe(true)
  })

  it('refuses to write a setting out of range', () => {
    const dir = folder()
    expect(() => writeLockFile(dir, { idleMinutes: 0 })).toThrow()
    expect(readLockFile(dir)).toEqual(DEFAULT_LOCK)
  })
})

describe('the wait after wrong passphrases', () => {
  it('doubles from 1 s and stops at the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 8, 9, 10, 50, 5000].map(waitAfter)).toEqual([0, 1, 2, 4, 8, 16, 128, 256, 300, 300, 300])
    expect(MAX_WAIT_SECONDS).toBe(300)
  })

  it('counts whole seconds left, rounding up', () => {
    expect(secondsUntil(10_000, 10_000)).toBe(0)
    expect(secondsUntil(10_000, 9_999)).toBe(1)
    expect(secondsUntil(10_000, 7_500)).toBe(3)
    expect(secondsUntil(10_000, 20_000)).toBe(0)
  })
})
