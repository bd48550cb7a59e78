import { randomUUID } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { bootBackend } from '../../src-main/app/boot'
import { openDatabase } from '../../src-main/db'
import { queuedDialogs } from '../../src-main/harness/queued-dialogs'
import type { EventName, EventPayload, IpcResult } from '../../src-shared/ipc'
import type { ImportAnalysis } from '../../src-shared/ipc/channels/csv-import'
import { builtEntryPath, workersBuilt } from '../support/built-workers'
import { makeTempDir } from '../support/temp-dir'
import { customersFile } from '../workers/support/customers-file'

/** Threads of this process, as the OS counts them (a worker thread is one). */
const threads = (): number => readdirSync('/proc/self/task').length
const linux = process.platform === 'linux'

/**
 * The backend as the app runs it — every long task in the electron-vite build's worker
 * threads — started, used, and closed: every thread it started must be gone.
 */
describe.skipIf(!workersBuilt || !linux)('a backend on worker threads', () => {
  const temp = makeTempDir('kehu-backend-workers-')
  afterAll(() => temp.cleanup())

  it('keeps the one-writer rule across threads, and Backend.close stops every worker', async () => {
    // An existing file, so the integrity check is deferred to its worker.
    openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true }).db.close()
    const csv = customersFile(temp.dir, 20_000)
    await readFile(csv) // libuv's thread pool starts on first use and stays: start it before counting
    const before = threads()

    const dialogs = queuedDialogs()
    const during: unknown[] = []
    let onProgress: (() => Promise<void>) | null = null
    const backend = bootBackend({
      dataDir: temp.dir,
      platform: 'cli',
      osLocale: 'en',
      dialogs,
      workerMode: 'thread',
      workerEntryPath: builtEntryPath,
      emit: <E extends EventName>(event: E, _payload: EventPayload<E>) => {
        if (event !== 'job.progress' || !onProgress) return
        const run = onProgress
        onProgress = null
        void run()
      },
    })
    try {
      expect(await backend.integrity.settled).toEqual({ status: 'ok' })
      dialogs.queue('openFile', csv)
      const picked = (await backend.dispatch('csv.pick', { kind: 'customers' })) as IpcResult<ImportAnalysis>
      if (!picked.ok) throw new Error(picked.error.message)
      const fileId = picked.data.fileId

      // While the import holds the write lock in the jobs worker, another import and an undo are refused.
      let refusals!: Promise<void>
      onProgress = () =>
        (refusals = (async () => {
          during.push(await backend.dispatch('csv.import', { fileId, jobId: randomUUID(), kind: 'customers', dryRun: false }))
          during.push(await backend.dispatch('csv.undo', { importId: 1 }))
        })())
      const imported = await backend.dispatch('csv.import', { fileId, jobId: randomUUID(), kind: 'customers', dryRun: false })
      await refusals
      expect(imported).toMatchObject({ ok: true, data: { created: 20_000 } })
      expect(during).toEqual([
        expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'job_busy' }) }),
        expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'job_busy' }) }),
      ])
      expect(await backend.dispatch('analytics.rfm', {})).toMatchObject({ ok: true })
      // The jobs, analytics and backup (the import's backup before it) workers wait for the next
      // task; the integrity worker ended with its check.
      expect(threads()).toBe(before + 3)
      // One backup before the import; the refused import made none.
      const backups = (await backend.dispatch('backups.list', {})) as IpcResult<{ kind: string; verified: boolean }[]>
      expect(backups.ok && backups.data.map((b) => [b.kind, b.verified])).toEqual([['before-import', true]])
    } finally {
      await backend.close()
    }
    expect(threads()).toBe(before)
    expect(backend.db.open).toBe(false)
  })
})
