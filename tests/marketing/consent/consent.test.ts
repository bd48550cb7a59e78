import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { insertCustomer } from '../../../src-main/customers/write'
import { call, callError, tableCounts } from '../../customers/helpers'
import { openTestBackend, type TestBackend } from '../../support/test-db'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend({ osLocale: 'zh-CN' })
})
afterEach(() => backend.close())

const stored = (id: number): unknown =>
  backend.db
    .prepare('SELECT marketing_consent, consent_on, consent_source, do_not_contact, wechat_id FROM customers WHERE id = ?')
    .get(id)

describe('consent.* on a real database', () => {
  it('starts unknown, sets one customer with day and source, audits and emits', async () => {
    const id = insertCustomer(backend.db, { name: '李雷' })
    expect(await call(backend, 'consent.get', { customerId: id })).toEqual({
      customerId: id,
      consent: 'unknown',
      on: null,
      source: null,
      doNotContact: false,
      wechatId: null,
    })
    const result = await call(backend, 'consent.set', {
      ids: [id],
      patch: { consent: 'yes', on: '2026-11-30', source: 'in_store', wechatId: ' lilei_88 ' },
    })
    expect(result.count).toBe(1)
    expect(stored(id)).toEqual({
      marketing_consent: 'yes',
      consent_on: '2026-11-30',
      consent_source: 'in_store',
      do_not_contact: 0,
      wechat_id: 'lilei_88',
    })
    const audit = backend.db
      .prepare(`SELECT entity_id, action, before, after FROM audit_log WHERE entity = 'customer_consent'`)
      .all() as {
      entity_id: number
      before: string
      after: string
    }[]
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0].before)).toMatchObject({ consent: 'unknown' })
    expect(JSON.parse(audit[0].after)).toMatchObject({ consent: 'yes', batch: result.batch })
    expect(backend.events).toContainEqual({ event: 'data.changed', payload: { entities: ['customers'] } })
  })

  it('a new answer drops the old day and source; unknown keeps none; do-not-contact alone leaves the answer', async () => {
    const id = insertCustomer(backend.db, { name: 'Ann' })
    await call(backend, 'consent.set', { ids: [id], patch: { consent: 'yes', on: '2026-01-02', source: 'form' } })
    await call(backend, 'consent.set', { ids: [id], patch: { consent: 'no' } })
    expect(stored(id)).toMatchObject({ marketing_consent: 'no', consent_on: null, consent_source: null })
    await call(backend, 'consent.set', { ids: [id], patch: { doNotContact: true } })
    expect(stored(id)).toMatchObject({ marketing_consent: 'no', do_not_contact: 1 })
    await call(backend, 'consent.set', { ids: [id], patch: { consent: 'unknown', on: '2026-01-03', source: 'verbal' } })
    expect(stored(id)).toMatchObject({ marketing_consent: 'unknown', consent_on: null, consent_source: null, do_not_contact: 1 })
  })

  it('bulk: one transaction, counts only real changes, and undo puts each customer back', async () => {
    const ids = ['A', 'B', 'C'].map((name) => insertCustomer(backend.db, { name }))
    await call(backend, 'consent.set', { ids: [ids[0]], patch: { consent: 'yes', on: '2026-05-01', source: 'verbal' } })
    const bulk = await call(backend, 'consent.set', { ids, patch: { consent: 'yes', on: '2026-05-01', source: 'verbal' } })
    expect(bulk.count).toBe(2)
    const refusal = await call(backend, 'consent.set', { ids, patch: { consent: 'no', source: 'wechat', on: '2026-06-01' } })
    expect(refusal.count).toBe(3)
    // B is changed again after the refusal: undo leaves that later decision alone.
    await call(backend, 'consent.set', { ids: [ids[1]], patch: { doNotContact: true } })
    expect(await call(backend, 'consent.undo', { batch: refusal.batch })).toEqual({ count: 2 })
    expect(stored(ids[0])).toMatchObject({ marketing_consent: 'yes', consent_on: '2026-05-01', consent_source: 'verbal' })
    expect(stored(ids[1])).toMatchObject({ marketing_consent: 'no', do_not_contact: 1 })
    expect(stored(ids[2])).toMatchObject({ marketing_consent: 'yes', consent_source: 'verbal' })
    const again = await callError(backend, 'consent.undo', { batch: refusal.batch })
    expect(again.code).toBe('consent_undo_gone')
  })

  it('an unknown or deleted id refuses the whole bulk write and changes nothing', async () => {
    const live = insertCustomer(backend.db, { name: 'Live' })
    const before = tableCounts(backend.db)
    const error = await callError(backend, 'consent.set', { ids: [live, 99_999], patch: { consent: 'yes' } })
    expect(error.code).toBe('customer_not_found')
    expect(stored(live)).toMatchObject({ marketing_consent: 'unknown' })
    expect(tableCounts(backend.db)).toEqual(before)
  })

  it('refuses bad input with a translated message (zh-CN) and changes nothing', async () => {
    const id = insertCustomer(backend.db, { name: 'Bob' })
    const before = tableCounts(backend.db)
    for (const patch of [{}, { consent: 'maybe' }, { source: 'fax' }, { on: '2026-13-01' }, { wechatId: 'x'.repeat(65) }]) {
      const error = await callError(backend, 'consent.set', { ids: [id], patch })
      expect(error.code).toBe('validation')
      expect(error.message).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(tableCounts(backend.db)).toEqual(before)
  })

  it('the schema refuses values no write should produce', () => {
    const id = insertCustomer(backend.db, { name: 'Eve' })
    expect(() => backend.db.prepare(`UPDATE customers SET marketing_consent = 'maybe' WHERE id = ?`).run(id)).toThrow(/CHECK/)
    expect(() => backend.db.prepare(`UPDATE customers SET do_not_contact = 2 WHERE id = ?`).run(id)).toThrow(/CHECK/)
  })
})
