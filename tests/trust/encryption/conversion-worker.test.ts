import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { EventPayload } from '../../../src-shared/ipc'
import { openDatabase } from '../../../src-main/db'
import { isDataFileEncrypted } from '../../../src-main/trust/encryption/encryption-switch'
import { encryptionTable } from '../../../src-main/trust/encryption/encryption-table'
import { startConversion } from '../../../src-main/trust/encryption/run-conversion'
import { tableCounts } from '../../../src-main/trust/encryption/table-counts'
import { setPassphrase } from '../../../src-main/trust/keyring'
import { damagePages } from '../backups/support/damage-pages'
import { call } from '../../customers/helpers'
import { fileHash } from '../../db/file-bytes'
import { builtEntryPath, builtWorker } from '../../support/built-workers'
import { makeTempDir } from '../../support/temp-dir'
import { openTestBackend } from '../../support/test-db'
import { growAuditLog } from './support/grow-audit-log'

const scrypt = { N: 2 ** 10, r: 8, p: 1 }
const PASS = 'shop owner passphrase'
const JOB = '0193a0c4-1b2c-7d3e-8f40-123456789abc'
type Progress = EventPayload<'job.progress'>

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

/** A closed plain shop of about `mb` MB (one customer, then a long audit log), and its folder. */
async function plainShop(mb: number): Promise<string> {
  const temp = makeTempDir('kehu-convert-worker-')
  cleanups.push(temp.cleanup)
  const backend = openTestBackend({ dir: temp.dir })
  await call(backend, 'customers.create', { name: '欧阳修远', phone: '13912345678' })
  growAuditLog(backend.db, mb)
  backend.db.close()
  return temp.dir
}

const countsOf = (file: string): Record<string, number> => {
  const { db } = openDatabase(file, { readonly: true })
  try {
    return tableCounts(db)
  } finally {
    db.close()
  }
}

const leftovers = (dir: string): string[] => readdirSync(dir).filter((name) => name.includes('converting'))

/**
 * The encryption switch through the app's own built worker thread (`npm run build` first), on
 * real files: its steps arrive in order and end at done; Cancel during the copy leaves the
 * original byte for byte; a failure inside the worker does too.
 */
describe.skipIf(!builtWorker(encryptionTable.name))('turning encryption on in the encryption worker', () => {
  type OnProgress = (p: Progress, cancel: () => boolean) => void
  /** One switch of the shop in `dir` through the built worker, `onProgress` told of every step. */
  const convert = async (dir: string, on: boolean, key: Buffer, onProgress: OnProgress = () => undefined) => {
    let cancel = (): boolean => false
    const conversion = startConversion({
      dataDir: dir,
      on,
      key,
      jobId: JOB,
      progress: (p) => onProgress(p, cancel),
      mode: 'thread',
      entryPath: builtEntryPath,
    })
    cancel = conversion.cancel
    await conversion.result
  }
  /** Sets the shop's passphrase, then encrypts it; answers the data key. */
  const run = async (dir: string, onProgress?: OnProgress) => {
    const { dataKey } = await setPassphrase(dir, PASS, { scrypt })
    await convert(dir, true, dataKey, onProgress)
    return dataKey
  }

  it('reports copying (the copy growing), encrypting, checking and swapping in order, and ends at done', async () => {
    const dir = await plainShop(40)
    const file = join(dir, 'kehu.sqlite')
    const counts = countsOf(file)
    const seen: Progress[] = []
    const key = await run(dir, (p) => seen.push(p))
    expect(seen.every((p) => p.jobId === JOB && p.kind === 'security.encryption')).toBe(true)
    const phases = seen.map((p) => p.phase).filter((phase, i, all) => phase !== all[i - 1])
    expect(phases).toEqual(['copying', 'encrypting', 'checking', 'swapping'])
    const done = seen.map((p) => p.done)
    expect(done).toEqual([...done].sort((a, b) => a - b))
    expect(seen.at(-1)).toMatchObject({ phase: 'swapping', total: 1000 })
    expect(isDataFileEncrypted(dir)).toBe(true)
    expect(leftovers(dir)).toEqual([])
    const { db } = openDatabase(file, { readonly: true, key })
    expect(tableCounts(db)).toEqual(counts)
    db.close()
  }, 60_000)

  it('turning it off reports decrypting, and leaves a plain file with every row', async () => {
    const dir = await plainShop(10)
    const file = join(dir, 'kehu.sqlite')
    const counts = countsOf(file)
    const key = await run(dir)
    const seen: Progress[] = []
    await convert(dir, false, key, (p) => seen.push(p))
    expect([...new Set(seen.map((p) => p.phase))]).toEqual(['copying', 'decrypting', 'checking', 'swapping'])
    expect(isDataFileEncrypted(dir)).toBe(false)
    expect(countsOf(file)).toEqual(counts)
  }, 60_000)

  it('Cancel during the copy stops the worker, leaves no copy, and the original byte for byte; it opens as before', async () => {
    const dir = await plainShop(200)
    const file = join(dir, 'kehu.sqlite')
    const before = fileHash(file)
    const counts = countsOf(file)
    let answered: boolean | null = null
    const seen: Progress[] = []
    const result = run(dir, (p, cancel) => {
      seen.push(p)
      // Once the copy has visibly grown: mid-copy, well before the swap.
      if (answered === null && p.phase === 'copying' && p.done > 0) answered = cancel()
    })
    await expect(result).rejects.toMatchObject({ code: 'encryption_cancelled' })
    expect(answered).toBe(true)
    expect(seen.some((p) => p.phase === 'swapping')).toBe(false)
    expect(fileHash(file)).toBe(before)
    expect(leftovers(dir)).toEqual([])
    expect(existsSync(`${file}-wal`)).toBe(false)
    expect(isDataFileEncrypted(dir)).toBe(false)
    expect(countsOf(file)).toEqual(counts)
  }, 120_000)

  it('a failure inside the worker (a damaged page met by the copy) leaves the original byte for byte and no copy', async () => {
    const dir = await plainShop(20)
    const file = join(dir, 'kehu.sqlite')
    damagePages(file)
    const before = fileHash(file)
    await expect(run(dir)).rejects.toThrow()
    expect(fileHash(file)).toBe(before)
    expect(leftovers(dir)).toEqual([])
    expect(isDataFileEncrypted(dir)).toBe(false)
  }, 60_000)
})
