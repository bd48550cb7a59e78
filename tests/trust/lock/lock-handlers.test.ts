import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { keyringPath, verifyPassphrase } from '../../../src-main/trust/keyring'
import { LOCK_FILE_NAME } from '../../../src-main/trust/lock/lock-file'
import type { LockConfigured, LockStatus } from '../../../src-shared/ipc/channels/lock'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { answer, givePassphrase, PASS, refusal, testClock } from './lock-support'

let opened: TestBackend[] = []
afterEach(() => {
  for (const b of opened.reverse()) b.close()
  opened = []
})

const open = (dir?: string) => {
  const clock = testClock()
  const backend = openTestBackend({ clock, dir })
  opened.push(backend)
  return { backend, clock }
}
const LIST = { view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 50 } as const
const status = (b: TestBackend) => answer<LockStatus>(b.dispatch('lock.status', {}))
const auditRows = (b: TestBackend) =>
  b.db.prepare(`SELECT before, after FROM audit_log WHERE entity = 'settings' ORDER BY id`).all() as {
    before: string
    after: string
  }[]

describe('lock.* with no passphrase yet', () => {
  it('is off, refuses Ctrl+L, and turning it on sets the passphrase and answers the recovery key once', async () => {
    const { backend: b } = open()
    expect(await status(b)).toEqual({ locked: false, enabled: false, idleMinutes: 10, passphraseSet: false, waitSeconds: 0 })
    expect((await refusal(b.dispatch('lock.lock', {}))).code).toBe('lock_off')
    expect((await refusal(b.dispatch('lock.configure', { enabled: true, idleMinutes: 5 }))).code).toBe(
      'lock_new_passphrase_needed',
    )
    expect(existsSync(keyringPath(b.dir))).toBe(false)

    const configured = await answer<LockConfigured>(
      b.dispatch('lock.configure', { enabled: true, idleMinutes: 5, newPassphrase: PASS }),
    )
    expect(configured).toMatchObject({ locked: false, enabled: true, idleMinutes: 5, passphraseSet: true })
    expect(configured.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/)
    expect(await verifyPassphrase(b.dir, PASS)).toBe(true)
    expect(JSON.parse(readFileSync(join(b.dir, LOCK_FILE_NAME), 'utf8'))).toMatchObject({ enabled: true, idleMinutes: 5 })
    expect(auditRows(b).map((r) => JSON.parse(r.after))).toEqual([
      { appLock: { enabled: true, idleMinutes: 5 }, passphraseSet: true },
    ])
    expect(b.events.at(-1)).toEqual({ event: 'data.changed', payload: { entities: ['settings'] } })
    // Shown once: the status never carries it again.
    expect(await status(b)).not.toHaveProperty('recoveryKey')
  })
})

describe('lock.* with a passphrase', () => {
  it('changes the setting only with the right passphrase, and audits it', async () => {
    const { backend: b } = open()
    await givePassphrase(b.dir)
    expect((await refusal(b.dispatch('lock.configure', { enabled: true, idleMinutes: 3 }))).code).toBe('lock_passphrase_needed')
    const wrong = await refusal(b.dispatch('lock.configure', { enabled: true, idleMinutes: 3, passphrase: 'nope nope' }))
    expect(wrong).toMatchObject({ code: 'lock_wrong_passphrase', params: { seconds: 1 } })
    expect(wrong.message).toBe('That passphrase is not right. Try again in 1 s.')
    expect((await status(b)).enabled).toBe(false)
    expect(auditRows(b)).toEqual([])
  })

  it('locks, refuses the data, and unlocks only with the right passphrase; wrong tries wait longer each time', async () => {
    const { backend: b, clock } = open()
    await givePassphrase(b.dir)
    await answer(b.dispatch('lock.configure', { enabled: true, idleMinutes: 10, passphrase: PASS }))
    expect(await answer<LockStatus>(b.dispatch('lock.lock', {}))).toMatchObject({ locked: true })
    expect((await refusal(b.dispatch('customers.list', LIST))).code).toBe('app_locked')

    const first = await refusal(b.dispatch('lock.unlock', { passphrase: 'wrong one' }))
    expect(first).toMatchObject({ code: 'lock_wrong_passphrase', params: { seconds: 1 } })
    // Within the wait even the right passphrase is not heard.
    const early = await refusal(b.dispatch('lock.unlock', { passphrase: PASS }))
    expect(early).toMatchObject({ code: 'lock_wait', params: { seconds: 1 } })
    expect((await status(b)).waitSeconds).toBe(1)
    clock.advance(1000)
    expect(await refusal(b.dispatch('lock.unlock', { passphrase: 'wrong two' }))).toMatchObject({ params: { seconds: 2 } })
    clock.advance(2000)
    expect(await refusal(b.dispatch('lock.unlock', { passphrase: 'wrong three' }))).toMatchObject({ params: { seconds: 4 } })
    clock.advance(4000)
    expect(await answer<LockStatus>(b.dispatch('lock.unlock', { passphrase: PASS }))).toMatchObject({
      locked: false,
      waitSeconds: 0,
    })
    expect((await answer<{ total: number }>(b.dispatch('customers.list', LIST))).total).toBe(0)
    // The right passphrase cleared the count: the next wrong one waits 1 s again.
    await answer(b.dispatch('lock.lock', {}))
    expect(await refusal(b.dispatch('lock.unlock', { passphrase: 'wrong again' }))).toMatchObject({ params: { seconds: 1 } })
  })

  it('keeps the wrong-try wait across a restart', async () => {
    const { backend: b } = open()
    const dir = b.dir
    await givePassphrase(dir)
    await answer(b.dispatch('lock.configure', { enabled: true, idleMinutes: 10, passphrase: PASS }))
    for (let i = 0; i < 3; i++) await refusal(b.dispatch('lock.configure', { enabled: false, idleMinutes: 10, passphrase: 'x' }))
    b.db.close()
    const { backend: again } = open(dir)
    const wait = await refusal(again.dispatch('lock.configure', { enabled: false, idleMinutes: 10, passphrase: PASS }))
    expect(wait.code).toBe('lock_wait')
    expect((await status(again)).enabled).toBe(true)
  })

  it('turns off with the passphrase (Ctrl+L then says the lock is off)', async () => {
    const { backend: b } = open()
    await givePassphrase(b.dir)
    await answer(b.dispatch('lock.configure', { enabled: true, idleMinutes: 10, passphrase: PASS }))
    const off = await answer<LockStatus>(b.dispatch('lock.configure', { enabled: false, idleMinutes: 20, passphrase: PASS }))
    expect(off).toMatchObject({ enabled: false, idleMinutes: 20, passphraseSet: true })
    expect((await refusal(b.dispatch('lock.lock', {}))).code).toBe('lock_off')
    expect(auditRows(b).map((r) => JSON.parse(r.before))).toEqual([
      { appLock: { enabled: false, idleMinutes: 10 } },
      { appLock: { enabled: true, idleMinutes: 10 } },
    ])
  })
})
