import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { computeRfm } from '../../src-main/insights/compute/rfm-segments'
import { localToday } from '../../src-main/insights/lib/dates'
import type { ClustersResult, RfmResult } from '../../src-shared/domain/analytics'
import type { IpcResult } from '../../src-shared/ipc'
import { makeTempDir } from '../support/temp-dir'
import { daysAgo } from './support/days'
import { Shop } from './support/shop'

/**
 * The worker path, as the app runs it: the electron-vite build of the browser harness (same
 * main-process code as Electron) answering analytics.* from its bundled worker thread. Needs
 * `npm run build` first (`npm test` does it); skipped when there is no built worker.
 */
const chunks = resolve(__dirname, '../../out/main/chunks')
const built = existsSync(chunks) && readdirSync(chunks).some((f) => f.startsWith('analytics.worker'))

describe.skipIf(!built)('analytics in the built app (worker thread)', () => {
  const temp = makeTempDir('kehu-insights-built-')
  let harness: ChildProcess
  let endpoint: { url: string; token: string }

  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    const shop = new Shop(db)
    for (let i = 0; i < 30; i++) {
      const c = shop.customer(`客户${i}`)
      for (let k = 0; k <= i % 5; k++) shop.order({ customerId: c, day: daysAgo(3 + i * 11 + k * 7), total: 1000 * (i + 1) })
    }
    db.close()
    harness = spawn(process.execPath, [resolve(__dirname, '../../out/main/harness.js'), '--data-dir', temp.dir, '--locale', 'en'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      // Vitest's marker would make the harness run its tasks inline (src-main/workers/worker-host.ts).
      env: { ...process.env, VITEST: '' },
    })
    endpoint = await new Promise((ok, fail) => {
      harness.once('exit', (code) => fail(new Error(`harness exited ${code}`)))
      createInterface({ input: harness.stdout! }).on('line', (line) => {
        if (line.startsWith('KEHU_HARNESS ')) ok(JSON.parse(line.slice('KEHU_HARNESS '.length)))
      })
    })
  })
  afterAll(() => {
    harness?.kill()
    temp.cleanup()
  })

  async function invoke<T>(channel: string, input: unknown): Promise<IpcResult<T>> {
    const res = await fetch(new URL('/__kehu/invoke', endpoint.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kehu-token': endpoint.token },
      body: JSON.stringify({ channel, input }),
    })
    return (await res.json()) as IpcResult<T>
  }

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
      error: { code: 'analytics_too_few_customers', message: 'This analysis needs at least 3 customers with purchases; there are 2.' },
    })
  })
})
