import { readFileSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { testKeychain } from '../../../src-main/harness/test-keychain'
import {
  hasKeyring,
  keyringPath,
  replaceRecoveryKey,
  resetPassphrase,
  setPassphrase,
  syncKeychain,
  unlockWithKeychain,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  verifyPassphrase,
} from '../../../src-main/trust/keyring'
import { AppError } from '../../../src-shared/ipc/app-error'
import { makeTempDir } from '../../support/temp-dir'

// Cheap scrypt for speed; the default's cost is checked on its own below.
const scrypt = { N: 2 ** 10, r: 8, p: 1 }
const PASS = 'correct horse battery'
let cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups) cleanup()
  cleanups = []
})
function tempDir(): string {
  const temp = makeTempDir('kehu-keyring-')
  cleanups.push(temp.cleanup)
  return temp.dir
}

async function expectCode(promise: Promise<unknown> | (() => unknown), code: string): Promise<void> {
  const run = typeof promise === 'function' ? Promise.resolve().then(promise) : promise
  await expect(run).rejects.toSatisfy((error) => error instanceof AppError && error.code === code)
}

describe('keyring', () => {
  it('has no keyring until a passphrase is set, and then verifies only that passphrase', async () => {
    const dir = tempDir()
    expect(hasKeyring(dir)).toBe(false)
    expect(await verifyPassphrase(dir, PASS)).toBe(false)
    const made = await setPassphrase(dir, PASS, { scrypt })
    expect(hasKeyring(dir)).toBe(true)
    expect(made.dataKey).toHaveLength(32)
    expect(await verifyPassphrase(dir, PASS)).toBe(true)
    expect(await verifyPassphrase(dir, 'correct horse batterY')).toBe(false)
    expect(await verifyPassphrase(dir, '')).toBe(false)
    expect((await unlockWithPassphrase(dir, PASS))?.equals(made.dataKey)).toBe(true)
  })

  it('keeps only wrapped keys: neither the data key nor the recovery key appears in the file', async () => {
    const dir = tempDir()
    const { dataKey, recoveryKey } = await setPassphrase(dir, PASS, { scrypt, keychain: testKeychain() })
    const text = readFileSync(keyringPath(dir), 'utf8')
    expect(text).not.toContain(dataKey.toString('hex'))
    expect(text).not.toContain(dataKey.toString('base64'))
    expect(text).not.toContain(recoveryKey.replace(/-/g, ''))
    expect(text).not.toContain(PASS)
  })

  it('defaults to memory-hard scrypt (128 MiB per guess)', async () => {
    const dir = tempDir()
    await setPassphrase(dir, PASS)
    const stored = JSON.parse(readFileSync(keyringPath(dir), 'utf8')).passphrase
    expect(stored.kdf).toBe('scrypt')
    expect(128 * stored.N * stored.r).toBeGreaterThanOrEqual(128 * 1024 * 1024)
    expect(await verifyPassphrase(dir, PASS)).toBe(true)
  })

  it('refuses a short passphrase and a second first-passphrase, changing nothing', async () => {
    const dir = tempDir()
    await expectCode(setPassphrase(dir, 'short', { scrypt }), 'passphrase_too_short')
    expect(hasKeyring(dir)).toBe(false)
    await setPassphrase(dir, PASS, { scrypt })
    const before = readFileSync(keyringPath(dir), 'utf8')
    await expectCode(setPassphrase(dir, 'another passphrase', { scrypt }), 'passphrase_already_set')
    expect(readFileSync(keyringPath(dir), 'utf8')).toBe(before)
  })

  it('opens with the recovery key however it is typed, and not with another', async () => {
    const dir = tempDir()
    const { dataKey, recoveryKey } = await setPassphrase(dir, PASS, { scrypt })
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(unlockWithRecoveryKey(dir, recoveryKey)?.equals(dataKey)).toBe(true)
    const sloppy = ` ${recoveryKey.toLowerCase().replace(/-/g, ' ')} `
    expect(unlockWithRecoveryKey(dir, sloppy)?.equals(dataKey)).toBe(true)
    const flipped = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1)
    expect(unlockWithRecoveryKey(dir, flipped)).toBeNull()
  })

  it('changes the passphrase by re-wrapping the same key; recovery key keeps working', async () => {
    const dir = tempDir()
    const { dataKey, recoveryKey } = await setPassphrase(dir, PASS, { scrypt })
    expect(await unlockWithPassphrase(dir, 'not the passphrase')).toBeNull()
    await resetPassphrase(dir, (await unlockWithPassphrase(dir, PASS))!, 'new passphrase 2', { scrypt })
    expect(await verifyPassphrase(dir, PASS)).toBe(false)
    expect((await unlockWithPassphrase(dir, 'new passphrase 2'))?.equals(dataKey)).toBe(true)
    expect(unlockWithRecoveryKey(dir, recoveryKey)?.equals(dataKey)).toBe(true)
  })

  it('a forgotten passphrase is reset after unlocking with the recovery key', async () => {
    const dir = tempDir()
    const { recoveryKey } = await setPassphrase(dir, PASS, { scrypt })
    const key = unlockWithRecoveryKey(dir, recoveryKey)!
    await resetPassphrase(dir, key, 'a fresh passphrase', { scrypt })
    expect(await verifyPassphrase(dir, 'a fresh passphrase')).toBe(true)
    await expectCode(() => resetPassphrase(dir, Buffer.alloc(32, 7), 'someone else', { scrypt }), 'keyring_other_key')
  })

  it('a new recovery key replaces the old one', async () => {
    const dir = tempDir()
    const { dataKey, recoveryKey } = await setPassphrase(dir, PASS, { scrypt })
    const fresh = replaceRecoveryKey(dir, dataKey)
    expect(fresh).not.toBe(recoveryKey)
    expect(unlockWithRecoveryKey(dir, recoveryKey)).toBeNull()
    expect(unlockWithRecoveryKey(dir, fresh)?.equals(dataKey)).toBe(true)
  })

  it('the OS keychain opens the key while it is the same keychain', async () => {
    const dir = tempDir()
    const keychain = testKeychain()
    const { dataKey, inKeychain } = await setPassphrase(dir, PASS, { scrypt, keychain })
    expect(inKeychain).toBe(true)
    expect(unlockWithKeychain(dir, keychain)?.equals(dataKey)).toBe(true)
    keychain.setStatus('unavailable')
    expect(unlockWithKeychain(dir, keychain)).toBeNull()
    keychain.setStatus('available')
    keychain.replaceSecret() // a changed keychain (Signal-Desktop#7005): passphrase still opens
    expect(unlockWithKeychain(dir, keychain)).toBeNull()
    expect((await unlockWithPassphrase(dir, PASS))?.equals(dataKey)).toBe(true)
    expect(syncKeychain(dir, dataKey, keychain)).toBe(true)
    expect(unlockWithKeychain(dir, keychain)?.equals(dataKey)).toBe(true)
  })

  it('never stores the key in an untrusted keychain (Linux basic_text), and drops an old copy', async () => {
    const dir = tempDir()
    const keychain = testKeychain('insecure')
    const { dataKey, inKeychain } = await setPassphrase(dir, PASS, { scrypt, keychain })
    expect(inKeychain).toBe(false)
    expect(JSON.parse(readFileSync(keyringPath(dir), 'utf8')).keychain).toBeUndefined()
    keychain.setStatus('available')
    expect(syncKeychain(dir, dataKey, keychain)).toBe(true)
    keychain.setStatus('insecure')
    expect(unlockWithKeychain(dir, keychain)).toBeNull()
    expect(syncKeychain(dir, dataKey, keychain)).toBe(false)
    expect(JSON.parse(readFileSync(keyringPath(dir), 'utf8')).keychain).toBeUndefined()
  })

  it('reports a damaged keyring in words and leaves it as it was', async () => {
    const dir = tempDir()
    await setPassphrase(dir, PASS, { scrypt })
    writeFileSync(keyringPath(dir), '{"format":"something else"}')
    await expectCode(verifyPassphrase(dir, PASS), 'keyring_damaged')
    expect(readFileSync(keyringPath(dir), 'utf8')).toBe('{"format":"something else"}')
  })

  it('a tampered wrap is refused, not turned into a wrong key', async () => {
    const dir = tempDir()
    await setPassphrase(dir, PASS, { scrypt })
    const keyring = JSON.parse(readFileSync(keyringPath(dir), 'utf8'))
    keyring.passphrase.data = Buffer.from(Buffer.from(keyring.passphrase.data, 'base64').map((b) => b ^ 1)).toString('base64')
    writeFileSync(keyringPath(dir), JSON.stringify(keyring))
    expect(await unlockWithPassphrase(dir, PASS)).toBeNull()
  })
})
