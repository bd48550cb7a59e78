import { randomUUID } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { testKeychain } from '../../../src-main/harness/test-keychain'
import { isDataFileEncrypted } from '../../../src-main/trust/encryption/encryption-switch'
import { encryptionTable } from '../../../src-main/trust/encryption/encryption-table'
import type { EventPayload } from '../../../src-shared/ipc'
import { call } from '../../customers/helpers'
import { builtEntryPath, builtWorker } from '../../support/built-workers'
import { openTestBackend } from '../../support/test-db'
import { growAuditLog } from '../../trust/encryption/support/grow-audit-log'
import { folder, LIST, names, NAME, ok, PASS, PHONE, refused, start, stop } from './secure-host-support'

/**
 * Settings → Security's switch through the secure host, in the built app's worker threads: the
 * backend is closed while the file converts, so every other call is refused in words at once
 * (not left waiting), only this conversion's Cancel answers, and a cancel reopens the shop as it
 * was — without the passphrase set for the switch, whose recovery key was never shown.
 */
/** A plain shop of ~300 MB on the built workers; `copyStarted` resolves at the conversion's first step. */
async function largeShop() {
  const dir = folder()
  const seed = openTestBackend({ dir })
  await call(seed, 'customers.create', { name: NAME, phone: PHONE })
  growAuditLog(seed.db, 150)
  seed.db.close()
  const progress: EventPayload<'job.progress'>[] = []
  let copying: () => void = () => undefined
  const copyStarted = new Promise<void>((resolve) => (copying = resolve))
  const host = start(dir, testKeychain(), {
    firstRun: 'plain',
    // A real scrypt's fraction of a second: the window in which the switch is starting.
    scrypt: { N: 2 ** 15, r: 8, p: 1 },
    workerMode: 'thread',
    workerEntryPath: builtEntryPath,
    emit: (event, payload) => {
      if (event !== 'job.progress') return
      progress.push(payload as EventPayload<'job.progress'>)
      if ((payload as EventPayload<'job.progress'>).phase === 'copying') copying()
    },
  })
  return { dir, host, progress, copyStarted }
}

describe.skipIf(!builtWorker(encryptionTable.name))('the secure host while encryption is being turned on', () => {
  it('refuses other channels in words, takes only its own Cancel, and reopens the shop unchanged', async () => {
    const { host, progress, copyStarted } = await largeShop()
    expect(await names(host)).toEqual([NAME])
    const jobId = randomUUID()
    const switching = host.dispatch('security.setEncryption', { on: true, passphrase: PASS, jobId })
    let switched = false
    void switching.then(() => (switched = true))
    // Came while the switch was starting (the passphrase's scrypt): answered once the conversion
    // runs, not after it — a browser has six connections, and Cancel needs one.
    await new Promise((resolve) => setImmediate(resolve))
    const early = host.dispatch('customers.list', LIST)
    await copyStarted
    expect(await early).toMatchObject({ ok: false, error: { code: 'security_converting' } })
    expect(switched).toBe(false)

    expect(await refused(host, 'customers.list', LIST)).toMatchObject({
      code: 'security_converting',
      message: expect.stringContaining('Settings → Security') as unknown,
    })
    expect(await refused(host, 'security.status', {})).toMatchObject({ code: 'security_converting' })
    expect((await refused(host, 'jobs.cancel', { jobId: 'not-a-uuid' })).code).toBe('validation')
    expect(await ok(host, 'jobs.cancel', { jobId: randomUUID() })).toEqual({ cancelled: false })
    expect(await ok(host, 'jobs.cancel', { jobId })).toEqual({ cancelled: true })

    const answer = await switching
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'encryption_cancelled', message: 'Cancelled. The data file was left exactly as it was.' },
    })
    expect(progress.every((p) => p.jobId === jobId && p.phase !== 'swapping')).toBe(true)
    // The passphrase set for this switch went with it: its recovery key was never shown.
    expect(await ok(host, 'security.status', {})).toMatchObject({ phase: 'open', encrypted: false, passphraseSet: false })
    expect(await names(host)).toEqual([NAME])

    // The next try runs to the end: the shop reopens encrypted with every row.
    const done = await ok<{ status: { encrypted: boolean }; recoveryKey: string | null }>(host, 'security.setEncryption', {
      on: true,
      passphrase: PASS,
      jobId: randomUUID(),
    })
    expect(done.status.encrypted).toBe(true)
    expect(done.recoveryKey).not.toBeNull()
    expect(await names(host)).toEqual([NAME])
  }, 120_000)

  it('quitting mid-switch cancels it: the app closes promptly, the file plain and whole, no copy left', async () => {
    const { dir, host, copyStarted } = await largeShop()
    const switching = host.dispatch('security.setEncryption', { on: true, passphrase: PASS, jobId: randomUUID() })
    await copyStarted
    await stop(host)
    expect(await switching).toMatchObject({ ok: false, error: { code: 'encryption_cancelled' } })
    expect(readdirSync(dir).filter((name) => name.includes('converting'))).toEqual([])
    expect(isDataFileEncrypted(dir)).toBe(false)
    const again = start(dir, testKeychain(), { firstRun: 'plain' })
    expect(await names(again)).toEqual([NAME])
  }, 120_000)
})
