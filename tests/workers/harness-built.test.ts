import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import type { AppInfo } from '../../src-shared/ipc'
import type { ImportAnalysis, ImportReport } from '../../src-shared/ipc/channels/csv-import'
import { harnessBuilt, startBuiltHarness } from '../support/built-harness'
import { workersBuilt } from '../support/built-workers'
import { makeTempDir } from '../support/temp-dir'
import { customersFile } from './support/customers-file'

/**
 * The build as the app runs it, through its own bundled worker entries (`?modulePath`): the
 * deferred integrity check and an import in the jobs worker, then a clean shutdown.
 */
describe.skipIf(!harnessBuilt || !workersBuilt)('the built harness on worker threads', () => {
  const temp = makeTempDir('kehu-harness-workers-')
  afterAll(() => temp.cleanup())

  it('checks the file and imports in its workers, then shuts down cleanly', async () => {
    openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true }).db.close()
    const csv = customersFile(temp.dir, 3000)
    const harness = await startBuiltHarness(temp.dir)
    let stopped = false
    try {
      let info: AppInfo
      do {
        const answer = await harness.invoke<AppInfo>('app.info', {})
        if (!answer.ok) throw new Error(answer.error.message)
        info = answer.data
      } while (info.integrity.status === 'checking')
      expect(info.integrity).toEqual({ status: 'ok' })

      await harness.queueDialog('openFile', csv)
      const picked = await harness.invoke<ImportAnalysis>('csv.pick', { kind: 'customers' })
      if (!picked.ok) throw new Error(picked.error.message)
      const imported = await harness.invoke<ImportReport>('csv.import', {
        fileId: picked.data.fileId,
        jobId: randomUUID(),
        kind: 'customers',
        dryRun: false,
      })
      expect(imported).toMatchObject({ ok: true, data: { rows: 3000, created: 3000, failed: 0 } })
      expect(
        await harness.invoke('customers.list', { view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 1 }),
      ).toMatchObject({ ok: true, data: { total: 3000 } })
      stopped = true
      expect(await harness.stop()).toBe(0)
    } finally {
      if (!stopped) await harness.stop()
    }
  })
})
