import { randomUUID } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { queuedDialogs } from '../../../src-main/harness/queued-dialogs'
import type { EventName, EventPayload, IpcResult } from '../../../src-shared/ipc'
import type { AppInfo } from '../../../src-shared/ipc/channels/app'
import { DEMO_SHOP_SIZE } from '../../../src-shared/ipc/channels/app-types'
import type { ImportAnalysis } from '../../../src-shared/ipc/channels/csv-import'
import { builtEntryPath, workersBuilt } from '../../support/built-workers'
import { makeTempDir } from '../../support/temp-dir'
import { customersFile } from '../../workers/support/customers-file'
import { data, openShopHost } from './shop-test-host'

/**
 * The import in the built jobs worker, as in the app: closing the file under it would cut it
 * short, so a switch asked for meanwhile is refused with a clear message, and the owner's shop
 * goes on serving the import to its end.
 */
describe.skipIf(!workersBuilt)('switching shops during an import', () => {
  const temp = makeTempDir('kehu-switch-during-import-')
  afterAll(() => temp.cleanup())

  it('answers shop_switch_busy and keeps the owner’s shop; after the import it switches', async () => {
    const dialogs = queuedDialogs()
    const refusals: Promise<IpcResult<unknown>>[] = []
    const host = openShopHost(temp.dir, {
      osLocale: 'en',
      dialogs,
      workerMode: 'thread',
      workerEntryPath: builtEntryPath,
      emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
        const p = payload as EventPayload<'job.progress'>
        if (event === 'job.progress' && refusals.length === 0 && p.done > 0 && p.done < p.total)
          refusals.push(host.dispatch('app.openDemoShop', {}))
      },
    })
    try {
      dialogs.queue('openFile', customersFile(temp.dir, 20_000))
      const picked = await data<ImportAnalysis>(host.dispatch('csv.pick', { kind: 'customers' }))
      await data(host.dispatch('csv.import', { fileId: picked.fileId, jobId: randomUUID(), kind: 'customers', dryRun: false }))

      expect(refusals).toHaveLength(1)
      const refused = await refusals[0]!
      expect(refused.ok).toBe(false)
      if (!refused.ok) {
        expect(refused.error.code).toBe('shop_switch_busy')
        expect(refused.error.message).toMatch(/busy with an import/)
      }
      expect((await data<AppInfo>(host.dispatch('app.info', {}))).shop).toBe('own')
      const list = { view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 1 } as const
      expect((await data<{ total: number }>(host.dispatch('customers.list', list))).total).toBe(20_000)

      // Made by the built demo-shop worker, then served.
      expect(await data(host.dispatch('app.openDemoShop', {}))).toEqual({ shop: 'demo' })
      expect((await data<{ total: number }>(host.dispatch('customers.list', list))).total).toBe(DEMO_SHOP_SIZE.customers)
    } finally {
      await host.close()
    }
  })
})
