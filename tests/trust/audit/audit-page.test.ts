import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { call, callError } from '../../customers/helpers'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
})
afterEach(() => backend.close())

const page = { offset: 0, limit: 50 }

/** Three customers and a tag: creates, an update, a delete, a tag change, at known times. */
async function someHistory() {
  const ann = (await call(backend, 'customers.create', { name: 'Ann', phone: '13800138000' })).customer
  const bo = (await call(backend, 'customers.create', { name: 'Bo' })).customer
  await call(backend, 'customers.update', { id: ann.id, patch: { notes: '=cmd|calc' } })
  await call(backend, 'customers.delete', { ids: [bo.id] })
  // Spread the rows over three days, as if the shop worked on them in turn.
  const ids = backend.db.prepare('SELECT id FROM audit_log ORDER BY id').pluck().all() as number[]
  ids.forEach((id, i) =>
    backend.db.prepare('UPDATE audit_log SET at = ? WHERE id = ?').run(`2026-03-0${1 + Math.min(i, 2)}T08:00:00.000Z`, id),
  )
  return { ann, bo, ids }
}

describe('the audit log page (audit.*)', () => {
  it('lists every write newest first with its before and after, and filters by entity, action, dates and text', async () => {
    const { ann, bo, ids } = await someHistory()
    const all = await call(backend, 'audit.list', page)
    expect(all.total).toBe(ids.length)
    expect(all.rows.map((r) => r.id)).toEqual([...ids].reverse())
    const update = all.rows.find((r) => r.action === 'update' && r.entity === 'customer')!
    expect(update).toMatchObject({
      entityId: ann.id,
      before: expect.objectContaining({ notes: '' }),
      after: expect.objectContaining({ notes: '=cmd|calc' }),
    })

    const deletes = await call(backend, 'audit.list', { ...page, action: 'delete' })
    expect(deletes.rows.map((r) => r.entityId)).toEqual([bo.id])
    expect((await call(backend, 'audit.list', { ...page, entity: 'tag' })).total).toBe(0)
    const text = await call(backend, 'audit.list', { ...page, text: '13800138000' })
    expect(text.rows.every((r) => JSON.stringify([r.before, r.after]).includes('13800138000'))).toBe(true)
    expect(text.total).toBeGreaterThan(0)
    // A LIKE wildcard typed by the owner is a literal.
    expect((await call(backend, 'audit.list', { ...page, text: '%' })).total).toBe(0)
    const day2 = await call(backend, 'audit.list', { ...page, from: '2026-03-02T00:00:00.000Z', to: '2026-03-03T00:00:00.000Z' })
    expect(day2.rows.map((r) => r.at)).toEqual(['2026-03-02T08:00:00.000Z'])
    const paged = await call(backend, 'audit.list', { offset: 1, limit: 1 })
    expect(paged).toEqual({ rows: [all.rows[1]], total: ids.length })
    expect(await call(backend, 'audit.entities', {})).toEqual(['customer'])
  })

  it('exports the filtered log as CSV with formulas guarded, in the UI language', async () => {
    await someHistory()
    const path = join(backend.dir, 'log.csv')
    backend.dialogs.queue('saveFile', path)
    const result = await call(backend, 'audit.export', { entity: 'customer', action: 'update' })
    expect(result!.files).toEqual([expect.objectContaining({ name: 'log.csv', rows: 1 })])
    const [header, row, end] = readFileSync(path, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')
    expect(header).toBe('When,Record,Record no.,Action,Before,After')
    expect(row).toContain(',Customer,1,Changed,')
    // The JSON cell starts with `{`, so it is not a formula; its quotes are doubled.
    expect(row).toContain('""notes"":""=cmd|calc""')
    expect(end).toBe('')
    backend.dialogs.queue('saveFile', null)
    expect(await call(backend, 'audit.export', {})).toBeNull()
  })

  it('refuses bad filters with a validation error', async () => {
    expect(await callError(backend, 'audit.list', { ...page, action: 'explode' })).toMatchObject({ code: 'validation' })
    expect(await callError(backend, 'audit.list', { ...page, from: '2026-03-01' })).toMatchObject({ code: 'validation' })
    expect(await callError(backend, 'audit.list', { offset: 0, limit: 5000 })).toMatchObject({ code: 'validation' })
  })
})
