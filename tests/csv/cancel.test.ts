import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { EventName, EventPayload, IpcResult } from '../../src-shared/ipc'
import type { ImportAnalysis, ImportReport } from '../../src-shared/ipc/channels/csv-import'
import { contentHash, count, ok, openImportBackend, type ImportBackend } from './backend-support'

const ROWS = 30_000

/** A customers file big enough to take many batches (2,000 rows each). */
function bigFile(dir: string): string {
  const lines = ['name,phone,city']
  for (let i = 0; i < ROWS; i++) lines.push(`Customer ${i},139${String(i).padStart(8, '0')},City ${i % 50}`)
  const path = join(dir, 'big.csv')
  writeFileSync(path, lines.join('\n'))
  return path
}

describe('a running import: progress, cancel, one writer at a time', () => {
  let backend: ImportBackend
  let analysis: ImportAnalysis
  beforeEach(async () => {
    backend = openImportBackend()
    await ok(backend, 'customers.create', { name: '已有客户', phone: '13800000001' })
    backend.dialogs.queue('openFile', bigFile(backend.dir))
    analysis = (await ok<ImportAnalysis | null>(backend, 'csv.pick', { kind: 'customers' }))!
  })
  afterEach(() => backend.close())

  /** Runs `during` once, at the first progress event of the import (the job is mid-way). */
  const onFirstProgress = (during: (jobId: string) => Promise<void>): Promise<void> =>
    new Promise((resolve, reject) => {
      const emit = backend.ctx.emit
      let fired = false
      backend.ctx.emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
        emit(event, payload)
        if (event !== 'job.progress' || fired) return
        fired = true
        during((payload as EventPayload<'job.progress'>).jobId).then(resolve, reject)
      }
    })

  const start = (jobId: string) =>
    backend.dispatch('csv.import', { fileId: analysis.fileId, jobId, kind: 'customers', dryRun: false }) as Promise<
      IpcResult<ImportReport>
    >

  it('cancel rolls the whole import back: the data file is exactly as before', async () => {
    const before = contentHash(backend.db)
    const jobId = randomUUID()
    const seen: unknown[] = []
    const during = onFirstProgress(async (id) => {
      seen.push(
        await backend.dispatch('csv.import', { fileId: analysis.fileId, jobId: randomUUID(), kind: 'customers', dryRun: true }),
      )
      seen.push(await backend.dispatch('csv.undo', { importId: 1 }))
      seen.push(await ok(backend, 'jobs.cancel', { jobId: id }))
    })
    const result = await start(jobId)
    await during
    expect(seen).toEqual([
      expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'job_busy' }) }),
      expect.objectContaining({ ok: false, error: expect.objectContaining({ code: 'job_busy' }) }),
      { cancelled: true },
    ])
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'Cancelled. Nothing was changed.' } })
    const progress = backend.events
      .filter((e) => e.event === 'job.progress')
      .map((e) => e.payload as EventPayload<'job.progress'>)
    expect(progress[0]).toMatchObject({ jobId, kind: 'import' })
    expect(contentHash(backend.db)).toBe(before)
    expect(count(backend.db, 'customers')).toBe(1)
    // Once it ended, cancelling is a no-op and the next import runs.
    expect(await ok(backend, 'jobs.cancel', { jobId })).toEqual({ cancelled: false })
    expect(await start(randomUUID())).toMatchObject({ ok: true, data: { created: ROWS } })
  })

  it('reports progress up to the whole file when not cancelled', async () => {
    const jobId = randomUUID()
    expect(await start(jobId)).toMatchObject({ ok: true, data: { rows: ROWS, created: ROWS } })
    const progress = backend.events
      .filter((e) => e.event === 'job.progress')
      .map((e) => e.payload as EventPayload<'job.progress'>)
    expect(progress.length).toBeGreaterThanOrEqual(ROWS / 2000)
    expect(progress.at(-1)).toMatchObject({ jobId, done: progress.at(-1)!.total })
    expect(count(backend.db, 'customers')).toBe(ROWS + 1)
  })
})
