import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { testKeychain } from '../../../src-main/harness/test-keychain'
import { writeLockFile } from '../../../src-main/trust/lock/lock-file'
import type { LockStatus } from '../../../src-shared/ipc/channels/lock'
import type { SecurityChange } from '../../../src-shared/ipc/channels/security'
import { folder, LIST, ok, PASS, refused, start, stop } from './secure-host-support'

const lockOn = (dir: string): unknown => writeLockFile(dir, { enabled: true, idleMinutes: 10 })

/** The app lock and encryption share the passphrase: one proof opens both, a conversion keeps the lock's state. */
describe('the app lock behind the secure host', () => {
  it('an encrypted file opened with the passphrase or the recovery key at start does not ask again for the lock', async () => {
    const dir = folder()
    const first = start(dir, testKeychain())
    const { recoveryKey } = await ok<SecurityChange>(first, 'security.setup', { encrypt: true, passphrase: PASS })
    lockOn(dir)
    await stop(first)

    for (const proof of [{ passphrase: PASS }, { recoveryKey: recoveryKey! }]) {
      const host = start(dir, testKeychain('unavailable'))
      expect(await refused(host, 'lock.status', {})).toMatchObject({ code: 'security_locked' })
      await ok(host, 'security.unlock', proof)
      expect(await ok<LockStatus>(host, 'lock.status', {})).toMatchObject({ enabled: true, locked: false })
      expect((await ok<{ total: number }>(host, 'customers.list', LIST)).total).toBe(0)
      await stop(host)
    }
  })

  it('a file the keychain opens still starts locked when the lock is on (a restart does not unlock)', async () => {
    const dir = folder()
    const keychain = testKeychain()
    const first = start(dir, keychain)
    await ok(first, 'security.setup', { encrypt: true, passphrase: PASS })
    lockOn(dir)
    await stop(first)

    const again = start(dir, keychain)
    expect(await ok<LockStatus>(again, 'lock.status', {})).toMatchObject({ locked: true })
    expect(await refused(again, 'customers.list', LIST)).toMatchObject({ code: 'app_locked' })
  })

  it('turning encryption on and off (a new backend each time) leaves an unlocked app unlocked, and locking still works after', async () => {
    const dir = folder()
    const host = start(dir, testKeychain(), { firstRun: 'plain' })
    await ok(host, 'lock.configure', { enabled: true, idleMinutes: 10, newPassphrase: PASS })
    expect((await ok<LockStatus>(host, 'lock.status', {})).locked).toBe(false)

    for (const on of [true, false]) {
      expect(
        (await ok<SecurityChange>(host, 'security.setEncryption', { on, passphrase: PASS, jobId: randomUUID() })).status
          .encrypted,
      ).toBe(on)
      expect((await ok<LockStatus>(host, 'lock.status', {})).locked).toBe(false)
      expect((await ok<{ total: number }>(host, 'customers.list', LIST)).total).toBe(0)
    }
    await ok(host, 'lock.lock', {})
    expect(await refused(host, 'customers.list', LIST)).toMatchObject({ code: 'app_locked' })
  })
})
