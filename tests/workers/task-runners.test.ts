import { basename, join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { jobTable } from '../../src-main/app/workers/job-table'
import { openDatabase, type OpenResult } from '../../src-main/db'
import { analysisTable } from '../../src-main/insights/analysis-table'
import { computeRfm } from '../../src-main/insights/compute/rfm-segments'
import { localToday } from '../../src-main/insights/lib/dates'
import { createWorkerHost, type WorkerHost, type WorkerMode } from '../../src-main/workers/worker-host'
import { AppError } from '../../src-shared/ipc'
import { builtEntryPath, noBundledEntry, workersBuilt } from '../support/built-workers'
import { makeTempDir } from '../support/temp-dir'
import { daysAgo } from '../insights/support/days'
import { Shop } from '../insights/support/shop'
import { customersFile } from './support/customers-file'

const ROWS = 20_000
type Progress = { done: number; total: number; phase?: string }

/**
 * The same task tables — the app's own jobs and analytics tables — through both runners: on
 * this thread (vitest's default) and in the worker threads of the electron-vite build (skipped
 * before `npm run build`). Progress, cancel and errors must behave the same in both.
 */
for (const mode of ['inline', 'thread'] as WorkerMode[]) {
  describe.skipIf(mode === 'thread' && !workersBuilt)(`task runners (${mode})`, () => {
    const temp = makeTempDir('kehu-workers-')
    let opened: OpenResult
    let csv: string
    let host: WorkerHost
    const customers = (): number => opened.db.prepare('SELECT count(*) FROM customers').pluck().get() as number

    beforeAll(() => {
      opened = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
      const shop = new Shop(opened.db)
      for (let i = 0; i < 12; i++)
        shop.order({ customerId: shop.customer(`客户${i}`), day: daysAgo(5 + i * 9), total: 1000 * (i + 1) })
      csv = customersFile(temp.dir, ROWS)
    })
    afterEach(() => host?.close())
    afterAll(() => {
      opened.db.close()
      temp.cleanup()
    })
    const newHost = (): WorkerHost =>
      (host = createWorkerHost({ dataFile: opened.file, db: opened.db, mode, entryPath: builtEntryPath }))
    const importInput = (dryRun: boolean) => ({
      file: csv,
      fileName: basename(csv),
      settings: { kind: 'customers' as const },
      dryRun,
      locale: 'en' as const,
    })

    it('runs an analysis with progress and gives what the function gives on this thread', async () => {
      const runner = newHost().runner(analysisTable, noBundledEntry)
      const progress: Progress[] = []
      const today = localToday()
      const result = await runner.start('rfm', { input: {}, today }, (done, total, phase) =>
        progress.push({ done, total, phase }),
      ).result
      const here = computeRfm(opened.db, {}, { today, progress: () => undefined })
      expect(result.segments).toEqual(here.segments)
      expect({ ...result.basis, computedAt: '' }).toEqual({ ...here.basis, computedAt: '' })
      expect(result.segments.reduce((n, s) => n + s.customers, 0)).toBe(12)
      // Every analysis first says it has started (the dashboard then stops showing it as waiting).
      expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3])
      expect(progress[0]).toEqual({ done: 0, total: 1, phase: 'started' })
      expect(progress.at(-1)).toMatchObject({ done: 3, total: 3, phase: 'done' })
    })

    it('runs an import on a connection of its own, reporting bytes read up to the whole file', async () => {
      const runner = newHost().runner(jobTable, noBundledEntry)
      const progress: Progress[] = []
      const before = customers()
      const { report } = await runner.start('import', importInput(true), (done, total) => progress.push({ done, total })).result
      expect(report).toMatchObject({ rows: ROWS, created: ROWS, failed: 0, dryRun: true })
      expect(customers()).toBe(before) // a dry run rolls back
      expect(progress.length).toBeGreaterThanOrEqual(ROWS / 2000)
      expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1].done)).toBe(true)
      expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total)
    })

    it('cancels through the shared flag: the import stops mid-way and nothing is written', async () => {
      const runner = newHost().runner(jobTable, noBundledEntry)
      const before = customers()
      let task: ReturnType<typeof runner.start<'import'>> | undefined = undefined
      let seen = 0
      task = runner.start('import', importInput(false), () => {
        if (seen++ === 0) task?.cancel()
      })
      const error = await task.result.then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(AppError)
      expect(error).toMatchObject({ code: 'cancelled' })
      expect(seen).toBeLessThan(ROWS / 2000)
      expect(customers()).toBe(before)
    })

    it('carries an expected failure as an AppError with its code and params', async () => {
      const runner = newHost().runner(analysisTable, noBundledEntry)
      const error = await runner.start('clusters', { input: { k: 13 }, today: localToday() }).result.then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(AppError)
      expect(error).toMatchObject({ code: 'analytics_too_few_customers', params: { needed: 13, found: 12 } })
    })

    it('runs tasks one at a time, in order', async () => {
      const runner = newHost().runner(analysisTable, noBundledEntry)
      const order: string[] = []
      const today = localToday()
      const first = runner.start(
        'bundles',
        { input: { minSupport: 0.01, minConfidence: 0.2, limit: 5 }, today },
        () => void order.push('first'),
      )
      const second = runner.start('rfm', { input: {}, today }, () => void order.push('second'))
      await Promise.all([first.result, second.result])
      expect(order).toEqual(['first', 'first', 'first', 'first', 'second', 'second', 'second', 'second'])
    })

    it('refuses tasks once closed', async () => {
      const runner = newHost().runner(analysisTable, noBundledEntry)
      await host.close()
      await expect(runner.start('rfm', { input: {}, today: localToday() }).result).rejects.toThrow(/closed/)
    })
  })
}
