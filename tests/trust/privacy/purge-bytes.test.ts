import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { purgeExpired } from '../../../src-main/customers/purge'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { call } from '../../customers/helpers'
import { books, fileHolds, PERSON } from '../support/customer-history'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
})
afterEach(() => backend.close())

const identity = [PERSON.name, PERSON.phone, PERSON.email, PERSON.wechat, PERSON.address]

/**
 * A customer whose identity lives only in what deleting for good removes — their row, timeline,
 * consent, and the log (an edit, a sale naming them). Kept records' own text (a ticket that
 * quotes their phone) is erasure's job (privacy.erase), not the Trash's.
 */
async function customerInTrash(): Promise<number> {
  const { customer } = await call(backend, 'customers.create', { name: PERSON.name, phone: PERSON.phone, email: PERSON.email })
  await call(backend, 'customers.update', {
    id: customer.id,
    patch: { address: PERSON.address, notes: `${PERSON.name} 喜欢浅烘` },
  })
  await call(backend, 'consent.set', { ids: [customer.id], patch: { consent: 'yes', wechatId: PERSON.wechat } })
  await call(backend, 'activities.add', { customerId: customer.id, kind: 'call', body: `回访 ${PERSON.name} ${PERSON.phone}` })
  const product = await call(backend, 'products.create', { sku: 'BN-1', name: '咖啡豆', price: 8800 })
  await call(backend, 'orders.create', {
    customerId: customer.id,
    paymentMethod: 'wechat',
    lines: [{ productId: product.id, description: '', quantity: 2, unitPrice: 8800 }],
  })
  await call(backend, 'customers.delete', { ids: [customer.id] })
  return customer.id
}

describe('deleting for good leaves no bytes (secure_delete, scrubbed log, checkpoint)', () => {
  it('from the Trash: the name, phone and email are gone from the file and the WAL', async () => {
    const id = await customerInTrash()
    backend.db.pragma('wal_checkpoint(TRUNCATE)')
    for (const word of identity) expect(fileHolds(backend, word), word).toBe(true)
    const before = books(backend)

    const { batch } = await call(backend, 'customers.purge', { ids: [id] })
    expect(await call(backend, 'customers.confirmPurge', { batch })).toEqual({ count: 1 })
    expect(books(backend)).toEqual(before)
    expect(backend.db.prepare(`SELECT after FROM audit_log WHERE entity = 'order'`).pluck().get()).toContain('"name":"***"')
    backend.db.close()
    for (const word of identity) expect(fileHolds(backend, word), word).toBe(false)
  })

  it('by the retention period: the same', async () => {
    await customerInTrash()
    expect(purgeExpired(backend.db, 30, new Date(Date.now() + 31 * 86_400_000))).toBe(1)
    backend.db.close()
    for (const word of identity) expect(fileHolds(backend, word), word).toBe(false)
  })
})
