import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { call, callError } from '../../customers/helpers'
import { customerWithHistory, PERSON } from '../support/customer-history'
import { readZip } from '../support/read-zip'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
})
afterEach(() => backend.close())

/** A CSV's lines without the BOM and the final empty line. */
const lines = (file: Buffer | undefined): string[] =>
  (file ?? Buffer.alloc(0))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(0, -1)

describe("exporting a customer's data (privacy.export)", () => {
  it('writes every kind of record Kehu holds about them as CSV files in one zip', async () => {
    const ann = await customerWithHistory(backend)
    const other = (await call(backend, 'customers.create', { name: '路人甲', phone: '13600000000' })).customer
    await call(backend, 'activities.add', { customerId: other.id, kind: 'note', body: '别人的记录' })
    const zip = join(backend.dir, 'ann.zip')
    backend.dialogs.queue('saveFile', zip)

    const result = await call(backend, 'privacy.export', { id: ann.id })
    const rows = Object.fromEntries(result!.files.map((f) => [f.name, f.rows]))
    expect(rows).toEqual({
      'customer.csv': 1,
      'tags.csv': 1,
      'timeline.csv': 1,
      'tasks.csv': 1,
      'orders.csv': 2,
      'order-lines.csv': 3,
      'refunds.csv': 0,
      'deals.csv': 1,
      'tickets.csv': 1,
      'ticket-messages.csv': 2,
      'survey-answers.csv': 1,
      'segments.csv': 1,
      'campaigns.csv': 1,
      'change-history.csv': expect.any(Number),
    })
    const files = readZip(zip)
    expect([...files.keys()].sort()).toEqual(Object.keys(rows).sort())
    const customer = lines(files.get('customer.csv'))
    expect(customer[0].split(',')).toEqual(expect.arrayContaining(['name', 'phone', 'email', 'wechat_id', 'marketing_consent']))
    for (const value of [PERSON.name, PERSON.phone, PERSON.email, PERSON.wechat, PERSON.address])
      expect(customer[1]).toContain(value)
    expect(lines(files.get('tags.csv'))[1]).toContain('VIP')
    // Money as exact decimals; nobody else's records.
    expect(lines(files.get('orders.csv'))[0].split(',')).toContain('total')
    expect(
      lines(files.get('orders.csv'))
        .slice(1)
        .map((l) => l.split(',')[lines(files.get('orders.csv'))[0].split(',').indexOf('total')]),
    ).toEqual(['88.00', '176.00'])
    expect(files.get('timeline.csv')!.toString('utf8')).not.toContain('别人的记录')
  })

  it('guards cells that look like formulas, writes nothing on Cancel, refuses an unknown customer', async () => {
    const { customer } = await call(backend, 'customers.create', { name: '=HYPERLINK("http://x")', notes: '+1 cmd' })
    const zip = join(backend.dir, 'f.zip')
    backend.dialogs.queue('saveFile', zip)
    await call(backend, 'privacy.export', { id: customer.id })
    const row = lines(readZip(zip).get('customer.csv'))[1]
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`)
    expect(row).toContain(`'+1 cmd`)
    backend.dialogs.queue('saveFile', null)
    expect(await call(backend, 'privacy.export', { id: customer.id })).toBeNull()
    expect(await callError(backend, 'privacy.export', { id: customer.id + 1 })).toMatchObject({ code: 'customer_not_found' })
  })
})
