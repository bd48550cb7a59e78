import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase, snapshotDatabase } from '../../src-main/db'
import { analysisTable } from '../../src-main/insights/analysis-table'
import { localToday } from '../../src-main/insights/lib/dates'
import { createWorkerHost } from '../../src-main/workers/worker-host'
import { AppError } from '../../src-shared/ipc'
import { builtEntryPath, noBundledEntry, workersBuilt } from '../support/built-workers'
import { makeTempDir } from '../support/temp-dir'

describe.skipIf(!workersBuilt)('a built worker that cannot open its connection', () => {
  const temp = makeTempDir('kehu-workers-fatal-')
  afterAll(() => temp.cleanup())

  it('fails the waiting tasks with the reason as an AppError (code and params), and the next task starts a fresh worker', async () => {
    const main = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    const missing = join(temp.dir, 'moved.sqlite')
    const host = createWorkerHost({ dataFile: missing, db: main.db, mode: 'thread', entryPath: builtEntryPath })
    try {
      const runner = host.runner(analysisTable, noBundledEntry)
      const today = localToday()
      const waiting = [runner.start('rfm', { input: {}, today }), runner.start('clusters', { input: { k: 3 }, today })]
      for (const task of waiting) {
        const error = await task.result.then(
          () => null,
          (e: unknown) => e,
        )
        expect(error).toBeInstanceOf(AppError)
        expect(error).toMatchObject({ code: 'db_missing', params: { file: missing } })
      }
      expect(existsSync(missing)).toBe(false) // a read-only worker never creates the file

      snapshotDatabase(main.db, missing)
      const result = await runner.start('rfm', { input: {}, today }).result
      expect(result.basis.rows).toBe(0)
    } finally {
      await host.close()
      main.db.close()
    }
  })
})
