import { readFileSync } from 'node:fs'
import type { TestBackend } from '../../support/test-db'
import { call } from '../../customers/helpers'
import { ensureDefaultPipelineStages } from '../../../src-main/deals/default-stages'

/** A customer whose identity is spelled out so its bytes can be looked for in the file. */
export const PERSON = {
  name: '欧阳娜娜Quixotic',
  phone: '13912345678',
  email: 'quixotic.nana@example.com',
  wechat: 'nana_wx_7781',
  address: '静安区愚园路 1088 弄',
}

/**
 * Gives the customer a full history through the real channels — an edit, consent and WeChat id, a tag, a timeline
 * entry, a task, two sales (one noting their name), a ticket with a reply and a survey answer,
 * a deal — and memberships of a segment and a campaign (rows, as marketing writes them).
 */
export async function customerWithHistory(backend: TestBackend, person = PERSON) {
  const { customer } = await call(backend, 'customers.create', { name: person.name, phone: person.phone, email: person.email })
  await call(backend, 'customers.update', {
    id: customer.id,
    patch: { address: person.address, notes: `${person.name} 喜欢浅烘` },
  })
  await call(backend, 'consent.set', { ids: [customer.id], patch: { consent: 'yes', wechatId: person.wechat } })
  await call(backend, 'customers.tag', { ids: [customer.id], tagName: 'VIP' })
  await call(backend, 'activities.add', { customerId: customer.id, kind: 'call', body: `回访 ${person.name}` })
  await call(backend, 'tasks.create', {
    title: `给 ${person.name} 回电`,
    due: { kind: 'day', date: '2026-03-03' },
    link: { kind: 'customer', id: customer.id },
  })
  const product = await call(backend, 'products.create', { sku: 'BN-1', name: '咖啡豆', price: 8800 })
  const line = { productId: product.id, description: '', quantity: 1, unitPrice: 8800 }
  const orders = [
    await call(backend, 'orders.create', {
      customerId: customer.id,
      paymentMethod: 'wechat',
      lines: [line],
      notes: `送到${person.address}`,
    }),
    await call(backend, 'orders.create', { customerId: customer.id, paymentMethod: 'cash', lines: [line, line] }),
  ]
  const ticket = await call(backend, 'tickets.create', {
    customerId: customer.id,
    kind: 'complaint',
    priority: 'high',
    subject: `${person.name} 的咖啡机漏水`,
    body: `电话 ${person.phone}`,
    openedAt: '2026-03-02T09:00:00+08:00',
  })
  await call(backend, 'tickets.reply', {
    id: ticket.id,
    body: `${person.name} 您好`,
    channel: 'wechat',
    at: '2026-03-02T09:10:00+08:00',
  })
  const { db } = backend
  ensureDefaultPipelineStages(db, 'en')
  const stage = db.prepare('SELECT id FROM pipeline_stages ORDER BY position').pluck().get() as number
  await call(backend, 'deals.create', {
    title: `${person.name} 办公室咖啡`,
    value: 50_000,
    stageId: stage,
    customerId: customer.id,
  })
  db.prepare(
    `INSERT INTO survey_responses (customer_id, ticket_id, kind, score, comment, at) VALUES (?, ?, 'csat', 5, ?, '2026-03-03T00:00:00.000Z')`,
  ).run(customer.id, ticket.id, `${person.name} 很满意`)
  const segment = Number(db.prepare(`INSERT INTO segments (name, kind) VALUES ('常客', 'manual')`).run().lastInsertRowid)
  db.prepare('INSERT INTO segment_members (segment_id, customer_id) VALUES (?, ?)').run(segment, customer.id)
  const campaign = Number(db.prepare(`INSERT INTO campaigns (name) VALUES ('春季')`).run().lastInsertRowid)
  db.prepare('INSERT INTO campaign_members (campaign_id, customer_id) VALUES (?, ?)').run(campaign, customer.id)
  return { id: customer.id, orders: orders.map((o) => o.id), ticket: ticket.id }
}

/** Whether the data file or its WAL holds these bytes anywhere (UTF-8, as SQLite stores text). */
export function fileHolds(backend: TestBackend, text: string): boolean {
  const needle = Buffer.from(text, 'utf8')
  const file = `${backend.dir}/kehu.sqlite`
  return [file, `${file}-wal`].some((path) => {
    try {
      return readFileSync(path).includes(needle)
    } catch {
      return false
    }
  })
}

/** The books as the accountant sees them: every order's number, total and refunds, and the daily totals. */
export function books(backend: TestBackend): unknown {
  const { db } = backend
  return {
    orders: db.prepare('SELECT number, ordered_at, status, total, refunded FROM orders ORDER BY id').all(),
    days: db.prepare('SELECT day, sum(orders) AS orders, sum(total) AS total FROM order_day_totals GROUP BY day').all(),
    lines: db.prepare('SELECT order_id, quantity, line_total FROM order_lines ORDER BY id').all(),
  }
}
