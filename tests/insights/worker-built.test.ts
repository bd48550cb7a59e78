import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { computeRfm } from '../../src-main/insights/compute/rfm-segments'
import { localToday } from '../../src-main/insights/lib/dates'
import type { ClustersResult, RfmResult } from '../../src-shared/domain/analytics'
import { startBuiltHarness, type BuiltHarness } from '../support/built-harness'
import { builtWorker } from '../support/built-workers'
import { makeTempDir } from '../support/temp-dir'
import { daysAgo } from './support/days'
import { Shop } from './support/shop'

/**
 * The worker path, as the app runs it: the electron-vite build of the browser harness (same
 * main-process code as Electron) answering analytics.* from its bundled worker thread. Needs
 * `npm run build` first (`npm test` does it); skipped when there is no built worker.
 */
const built = builtWorker('analytics') !== undefined

describe.skipIf(!built)('analytics in the built app (worker thread)', () => {
  const temp = makeTempDir('kehu-insights-built-')
  let harness: BuiltHarness

  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    const shop = new Shop(db)
    for (let i = 0; i < 30; i++) {
      const c = shop.customer(`客户${i}`)
      for (let k = 0; k <= i % 5; k++) shop.order({ customerId: c, day: daysAgo(3 + i * 11 + k * 7), total: 1000 * (i + 1) })
    }
    db.close()
    harness = await startBuiltHarness(temp.dir)
  })
  afterAll(async () => {
    await harness?.stop()
    temp.cleanup()
  })

  const invoke = <T>(channel: string, input: unknown) => harness.invoke<T>(channel, input)

  it('computes the same RFM segments in the worker as inline on the same file', async () => {
    const result = await invoke<RfmResult>('analytics.rfm', {})
    if (!result.ok) throw new Error(result.error.message)
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { readonly: true })
    const inline = computeRfm(db, {}, { today: localToday(), progress: () => undefined })
    db.close()
    expect(result.data.segments).toEqual(inline.segments)
    expect(result.data.basis.rows).toBe(inline.basis.rows)
    expect(result.data.segments.reduce((a, s) => a + s.customers, 0)).toBe(30)
  })

  it('carries an expected failure across the thread as a translated error', async () => {
    const ok = await invoke<ClustersResult>('analytics.clusters', { k: 3 })
    expect(ok.ok && ok.data.clusters.reduce((a, c) => a + c.size, 0)).toBe(30)
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'))
    db.prepare('UPDATE customers SET deleted_at = ? WHERE id > 2').run(new Date().toISOString())
    db.close()
    const refused = await invoke<ClustersResult>('analytics.clusters', { k: 3 })
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'analytics_too_few_customers',
        message: 'This analysis needs at least 3 customers with purchases; there are 2.',
      },
    })
  })
})
