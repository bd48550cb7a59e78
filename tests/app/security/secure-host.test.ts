import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTestClock } from '../../../src-main/harness/test-clock'
import { testKeychain } from '../../../src-main/harness/test-keychain'
import { systemClock } from '../../../src-main/ipc/clock'
import { folder, LIST, NAME, names, ok, PASS, PHONE, refused, start, stop } from './secure-host-support'

describe('the secure host (first run, unlock at start, Settings → Security)', () => {
  it('first run: nothing but the gate answers until the choice; then an encrypted shop with a recovery key', async () => {
    const dir = folder()
    const host = start(dir, testKeychain())
    expect(await ok(host, 'security.status', {})).toMatchObject({ phase: 'setup', encrypted: false, passphraseSet: false })
    expect(await refused(host, 'customers.list', LIST)).toMatchObject({ code: 'security_locked' })
    expect(await refused(host, 'security.setup', { encrypt: true })).toMatchObject({ code: 'passphrase_too_short' })
    expect((await refused(host, 'security.setup', { encrypt: 'yes' })).code).toBe('validation')

    const made = await ok<{ recoveryKey: string; status: object }>(host, 'security.setup', { encrypt: true, passphrase: PASS })
    expect(made.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/)
    expect(made.status).toMatchObject({ phase: 'open', encrypted: true, passphraseSet: true, inKeychain: true })
    await ok(host, 'customers.create', { name: NAME, phone: PHONE })
    expect(await names(host)).toEqual([NAME])
    expect(await refused(host, 'security.setup', { encrypt: false })).toMatchObject({ code: 'security_already_set_up' })
    await stop(host)

    const bytes = readFileSync(join(dir, 'kehu.sqlite'))
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3')
    expect(bytes.includes(Buffer.from(NAME))).toBe(false)
    expect(bytes.includes(Buffer.from(PHONE))).toBe(false)
  })

  it('the same keychain opens at start; a changed one asks; wrong passphrase said in words; recovery key opens', async () => {
    const dir = folder()
    const keychain = testKeychain()
    const first = start(dir, keychain)
    const { recoveryKey } = await ok<{ recoveryKey: string }>(first, 'security.setup', { encrypt: true, passphrase: PASS })
    await ok(first, 'customers.create', { name: NAME, phone: PHONE })
    await stop(first)

    const again = start(dir, keychain)
    expect(await names(again)).toEqual([NAME])
    await stop(again)

    keychain.replaceSecret()
    const locked = start(dir, keychain)
    expect(await ok(locked, 'security.status', {})).toMatchObject({ phase: 'locked', encrypted: true })
    expect(await refused(locked, 'customers.list', LIST)).toMatchObject({ code: 'security_locked' })
    const wrong = await refused(locked, 'security.unlock', { passphrase: 'not my passphrase' })
    expect(wrong).toMatchObject({ code: 'lock_wrong_passphrase', message: 'That passphrase is not right. Try again in 1 s.' })
    // The recovery key is heard during the wait: it is the way in for an owner who forgot the passphrase.
    expect(await refused(locked, 'security.unlock', { recoveryKey: 'AAAA-BBBB' })).toMatchObject({ code: 'recovery_key_wrong' })
    expect(await ok(locked, 'security.unlock', { recoveryKey: recoveryKey.toLowerCase() })).toMatchObject({ phase: 'open' })
    expect(await names(locked)).toEqual([NAME])
    await stop(locked)

    // Unlocking stored the key in the new keychain: the next start opens without asking.
    const reopened = start(dir, keychain)
    expect(await names(reopened)).toEqual([NAME])
  })

  it('keychain unavailable or untrusted: the passphrase opens, and the key is not kept in basic_text', async () => {
    const dir = folder()
    const keychain = testKeychain('insecure')
    const first = start(dir, keychain)
    const made = await ok<{ status: { inKeychain: boolean; keychain: string } }>(first, 'security.setup', {
      encrypt: true,
      passphrase: PASS,
    })
    expect(made.status).toMatchObject({ inKeychain: false, keychain: 'insecure' })
    await stop(first)
    const none = start(dir, undefined)
    expect(await ok(none, 'security.status', {})).toMatchObject({ phase: 'locked', keychain: 'unavailable' })
    await ok(none, 'security.unlock', { passphrase: PASS })
    expect(await names(none)).toEqual([])
  })

  it('an existing plain shop turns encryption on and off in Settings, keeping every row', async () => {
    const dir = folder()
    const clock = createTestClock(systemClock)
    const plain = start(dir, testKeychain(), { firstRun: 'plain', clock })
    await ok(plain, 'customers.create', { name: NAME, phone: PHONE })
    expect(await ok(plain, 'security.status', {})).toMatchObject({ phase: 'open', encrypted: false, passphraseSet: false })
    const on = await ok<{ recoveryKey: string | null; status: object }>(plain, 'security.setEncryption', {
      on: true,
      passphrase: PASS,
      jobId: randomUUID(),
    })
    expect(on.recoveryKey).not.toBeNull()
    expect(on.status).toMatchObject({ phase: 'open', encrypted: true })
    expect(await names(plain)).toEqual([NAME])
    expect(readFileSync(join(dir, 'kehu.sqlite')).includes(Buffer.from(NAME))).toBe(false)

    expect(
      await refused(plain, 'security.setEncryption', { on: false, passphrase: 'wrong one!', jobId: randomUUID() }),
    ).toMatchObject({
      code: 'lock_wrong_passphrase',
    })
    clock.advance(1000)
    const off = await ok<{ recoveryKey: null; status: object }>(plain, 'security.setEncryption', {
      on: false,
      passphrase: PASS,
      jobId: randomUUID(),
    })
    expect(off).toMatchObject({ recoveryKey: null, status: { encrypted: false, passphraseSet: true } })
    expect(await names(plain)).toEqual([NAME])
  })

  it('changes the passphrase and the recovery key without re-encrypting', async () => {
    const dir = folder()
    const clock = createTestClock(systemClock)
    const host = start(dir, undefined, { clock })
    const { recoveryKey } = await ok<{ recoveryKey: string }>(host, 'security.setup', { encrypt: true, passphrase: PASS })
    const before = readFileSync(join(dir, 'kehu.sqlite')).subarray(0, 16)
    expect(await refused(host, 'security.changePassphrase', { current: 'wrong!!!', next: 'new phrase 123' })).toMatchObject({
      code: 'lock_wrong_passphrase',
    })
    expect(await refused(host, 'security.changePassphrase', { current: PASS, next: 'new phrase 123' })).toMatchObject({
      code: 'lock_wait',
    })
    clock.advance(1000)
    await ok(host, 'security.changePassphrase', { current: PASS, next: 'new phrase 123' })
    const fresh = await ok<{ recoveryKey: string }>(host, 'security.newRecoveryKey', { passphrase: 'new phrase 123' })
    expect(fresh.recoveryKey).not.toBe(recoveryKey)
    await stop(host)
    expect(readFileSync(join(dir, 'kehu.sqlite')).subarray(0, 16).equals(before)).toBe(true)

    const locked = start(dir, undefined)
    expect(await refused(locked, 'security.unlock', { recoveryKey })).toMatchObject({ code: 'recovery_key_wrong' })
    expect(await refused(locked, 'security.unlock', { passphrase: PASS })).toMatchObject({ code: 'lock_wrong_passphrase' })
    await ok(locked, 'security.unlock', { recoveryKey: fresh.recoveryKey })
  })

  it('a forgotten passphrase: after the recovery key opens the file, a new one is set without the old', async () => {
    const dir = folder()
    const first = start(dir, undefined)
    const { recoveryKey } = await ok<{ recoveryKey: string }>(first, 'security.setup', { encrypt: true, passphrase: PASS })
    expect(await refused(first, 'security.resetPassphrase', { next: 'taken over 123' })).toMatchObject({
      code: 'security_not_recovered',
    })
    await stop(first)

    const byPassphrase = start(dir, undefined)
    expect(await ok(byPassphrase, 'security.unlock', { passphrase: PASS })).toMatchObject({ phase: 'open', recovered: false })
    expect(await refused(byPassphrase, 'security.resetPassphrase', { next: 'taken over 123' })).toMatchObject({
      code: 'security_not_recovered',
    })
    await stop(byPassphrase)

    const recovered = start(dir, undefined)
    expect(await ok(recovered, 'security.unlock', { recoveryKey })).toMatchObject({ phase: 'open', recovered: true })
    expect((await refused(recovered, 'security.resetPassphrase', { next: 'short' })).code).toBe('passphrase_too_short')
    expect(await ok(recovered, 'security.resetPassphrase', { next: 'remembered now 42' })).toMatchObject({ recovered: false })
    // Once only: the key is no longer held for it.
    expect(await refused(recovered, 'security.resetPassphrase', { next: 'again and again' })).toMatchObject({
      code: 'security_not_recovered',
    })
    await ok(recovered, 'customers.create', { name: NAME, phone: PHONE })
    await stop(recovered)

    const next = start(dir, undefined)
    expect(await refused(next, 'security.unlock', { passphrase: PASS })).toMatchObject({ code: 'lock_wrong_passphrase' })
    await stop(next)
    const clock = createTestClock(systemClock)
    clock.advance(1000)
    const later = start(dir, undefined, { clock })
    expect(await ok(later, 'security.unlock', { passphrase: 'remembered now 42' })).toMatchObject({ phase: 'open' })
    expect(await names(later)).toEqual([NAME])
    // The recovery key keeps working: only the passphrase wrap changed.
    await stop(later)
    const byKey = start(dir, undefined)
    expect(await ok(byKey, 'security.unlock', { recoveryKey })).toMatchObject({ phase: 'open' })
  })

  it('wrong passphrases at the unlock screen slow down, the wait survives a restart, and a right one starts over', async () => {
    const dir = folder()
    const clock = createTestClock(systemClock)
    const first = start(dir, undefined, { clock })
    await ok(first, 'security.setup', { encrypt: true, passphrase: PASS })
    await stop(first)

    const locked = start(dir, undefined, { clock })
    expect(await refused(locked, 'security.unlock', { passphrase: 'guess one' })).toMatchObject({
      code: 'lock_wrong_passphrase',
      params: { seconds: 1 },
    })
    // Refused unheard during the wait, even the right passphrase: a guesser gains nothing by trying faster.
    expect(await refused(locked, 'security.unlock', { passphrase: PASS })).toMatchObject({ code: 'lock_wait' })
    clock.advance(1000)
    expect(await refused(locked, 'security.unlock', { passphrase: 'guess two' })).toMatchObject({ params: { seconds: 2 } })
    clock.advance(2000)
    expect(await refused(locked, 'security.unlock', { passphrase: 'guess three' })).toMatchObject({ params: { seconds: 4 } })
    await stop(locked)

    // Quitting does not reset the wait, and the app lock keeps the same count.
    const again = start(dir, undefined, { clock })
    expect(await refused(again, 'security.unlock', { passphrase: PASS })).toMatchObject({
      code: 'lock_wait',
      params: { seconds: 4 },
    })
    clock.advance(4000)
    expect(await ok(again, 'security.unlock', { passphrase: PASS })).toMatchObject({ phase: 'open' })
    await stop(again)

    const fresh = start(dir, undefined, { clock })
    expect(await refused(fresh, 'security.unlock', { passphrase: 'guess four' })).toMatchObject({ params: { seconds: 1 } })
  })
})
