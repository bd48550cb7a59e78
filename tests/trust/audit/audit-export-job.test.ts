import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { EventName, EventPayload } from '../../../src-shared/ipc'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { call } from '../../customers/helpers'

const ROWS = 12_000

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
  // A long log: the export reports progress every 5,000 rows and can be cancelled between them.
  backend.db
    .prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO audit_log (entity, entity_id, action, before, after)
       SELECT 'customer', i, 'update', json_object('notes', ''), json_object('notes', 'row ' || i) FROM n`,
    )
    .run(ROWS)
})
afterEach(() => backend.close())

const progressEvents = () =>
  backend.events.filter((e) => e.event === 'job.progress').map((e) => e.payload as EventPayload<'job.progress'>)

describe('the audit CSV export is a job', () => {
  it('reports progress against the matching rows and writes them all', async () => {
    const path = join(backend.dir, 'log.csv')
    backend.dialogs.queue('saveFile', path)
    const result = await call(backend, 'audit.export', {})
    expect(result!.files).toEqual([expect.objectContaining({ name: 'log.csv', rows: ROWS })])
    const progress = progressEvents()
    expect(progress.map((p) => p.kind)).toEqual(progress.map(() => 'auditExport'))
    expect(progress.map((p) => [p.done, p.total])).toEqual([
      [0, ROWS],
      [5000, ROWS],
      [10_000, ROWS],
    ])
    expect(readFileSync(path, 'utf8').split('\r\n')).toHaveLength(ROWS + 2)
  })

  it('Cancel stops it and leaves no file behind', async () => {
    const path = join(backend.dir, 'cancelled.csv')
    backend.dialogs.queue('saveFile', path)
    const emit = backend.ctx.emit
    let cancelled: unknown
    backend.ctx.emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
      emit(event, payload)
      const p = payload as EventPayload<'job.progress'>
      if (event === 'job.progress' && p.done > 0 && cancelled === undefined)
        cancelled = backend.dispatch('jobs.cancel', { jobId: p.jobId })
    }
    const result = await backend.dispatch('audit.export', {})
    expect(await cancelled).toMatchObject({ ok: true, data: { cancelled: true } })
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } })
    expect(existsSync(path)).toBe(false)
  })
})
