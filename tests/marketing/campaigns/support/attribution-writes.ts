import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import type { CampaignDetail } from '../../../../src-shared/domain/campaign-types'
import type { OrderDetail } from '../../../../src-shared/domain/order-types'
import type { ImportAnalysis, ImportReport } from '../../../../src-shared/ipc/channels/csv-import'
import { attributedOrderIds } from '../../../../src-main/marketing/campaigns/attribution'
import { localToday, shiftDays } from '../../../../src-main/insights/lib/dates'
import type { TestBackend } from '../../../support/test-db'
import { at, CampaignShop } from './campaign-shop'
import { referenceAttribution } from './reference-attribution'

/** `campaign_member_orders` as the triggers keep it. */
const memberOrders = (db: Database.Database): unknown[] =>
  db.prepare('SELECT campaign_id, customer_id, order_id, contacted_at FROM campaign_member_orders ORDER BY 1, 2, 3').raw().all()

/** The same recomputed from members, campaigns and orders (migration `marketing_attribution`'s rule). */
const memberOrdersRecomputed = (db: Database.Database): unknown[] =>
  db
    .prepare(
      `SELECT m.campaign_id, m.customer_id, o.id, m.contacted_at FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id
         JOIN orders o ON o.customer_id = m.customer_id AND o.campaign_id IS NULL AND o.ordered_at >= m.contacted_at
          AND o.ordered_at < strftime('%Y-%m-%dT%H:%M:%fZ', m.contacted_at, '+' || (c.attribution_days + 2) || ' days')
        WHERE m.contacted_at IS NOT NULL ORDER BY 1, 2, 3`,
    )
    .raw()
    .all()

/** `order_margins` as the triggers keep it. */
const margins = (db: Database.Database): unknown[] =>
  db.prepare('SELECT order_id, profit, without_cost FROM order_margins ORDER BY 1').raw().all()

/** Each order's margin computed plainly in JavaScript from its lines, products and live refunds. */
function marginsRecomputed(db: Database.Database): unknown[] {
  const cost = new Map(
    (db.prepare('SELECT id, cost FROM products').raw().all() as [number, number | null][]).map(([id, c]) => [id, c]),
  )
  const lines = db.prepare('SELECT id, order_id, product_id, quantity, line_total FROM order_lines').raw().all() as [
    number,
    number,
    number | null,
    number,
    number,
  ][]
  const lineById = new Map(lines.map((l) => [l[0], l]))
  const out = new Map<number, [profit: number, withoutCost: number]>()
  const entry = (orderId: number) => out.get(orderId) ?? out.set(orderId, [0, 0]).get(orderId)!
  for (const [, orderId, productId, quantity, total] of lines) {
    const c = productId === null ? null : (cost.get(productId) ?? null)
    const e = entry(orderId)
    if (c === null) e[1]++
    else e[0] += total - Math.round(quantity * c)
  }
  const refunds = db
    .prepare(
      `SELECT r.order_id, r.undone_at, rl.order_line_id, rl.quantity, rl.amount FROM order_refunds r
         LEFT JOIN order_refund_lines rl ON rl.refund_id = r.id`,
    )
    .raw()
    .all() as [number, string | null, number | null, number | null, number | null][]
  for (const [orderId, undone, lineId, quantity, amount] of refunds) {
    const e = entry(orderId)
    const line = lineId === null ? undefined : lineById.get(lineId)
    const c = line && line[2] !== null ? (cost.get(line[2]) ?? null) : null
    if (undone === null && c !== null && quantity !== null && amount !== null) e[0] -= amount - Math.round(quantity * c)
  }
  return [...out.entries()].sort((a, b) => a[0] - b[0]).map(([id, [profit, without]]) => [id, profit, without])
}

/** What the derived tables say against their recomputation, and attribution against the reference rule. */
export function attributionState(db: Database.Database): { kept: unknown; recomputed: unknown } {
  const campaigns = db.prepare('SELECT id FROM campaigns WHERE deleted_at IS NULL ORDER BY id').pluck().all() as number[]
  const attributed = new Map<number, number>()
  for (const id of campaigns) for (const order of attributedOrderIds(db, id)) attributed.set(order, id)
  const sorted = (m: Map<number, number>) => [...m.entries()].sort((a, b) => a[0] - b[0])
  return {
    kept: { memberOrders: memberOrders(db), margins: margins(db), attribution: sorted(attributed) },
    recomputed: {
      memberOrders: memberOrdersRecomputed(db),
      margins: marginsRecomputed(db),
      attribution: sorted(referenceAttribution(db)),
    },
  }
}

/**
 * Every kind of write that moves what attribution reads, through the real channels where one
 * exists (plain SQL for what no channel does today), with `check()` after each.
 */
export async function everyAttributionWrite(backend: TestBackend, check: (step: string) => void): Promise<void> {
  const shop = new CampaignShop(backend)
  const db = backend.db
  const today = localToday()
  const day = (n: number): string => shiftDays(today, n)
  const ann = db
    .prepare(`INSERT INTO customers (name, code, phone) VALUES ('Ann', 'C-1', '13900000001') RETURNING id`)
    .pluck()
    .get() as number
  const bob = db
    .prepare(`INSERT INTO customers (name, code, phone) VALUES ('Bob', 'C-2', '13900000002') RETURNING id`)
    .pluck()
    .get() as number
  const cat = shop.customer('Cat')
  const beans = await shop.call<{ id: number; price: number }>('products.create', {
    sku: 'BN-1',
    name: 'Beans',
    price: 8800,
    cost: 3000,
  })
  const papers = await shop.call<{ id: number; price: number }>('products.create', { sku: 'SP-1', name: 'Papers', price: 1200 })
  const spring = await shop.campaign('Spring', [ann, bob], [50_000])
  const autumn = await shop.campaign('Autumn', [ann, cat], [], 3)
  check('launch')
  const mark = (id: number, customerIds: number[], on: string | null) =>
    shop.call<{ changed: number; batch?: number }>('campaigns.mark', { id, customerIds, mark: 'contacted', on })
  await mark(spring, [ann, bob], day(-6))
  const autumnMark = await mark(autumn, [ann, cat], day(-5))
  check('contacts marked')
  const sell = (customerId: number | null, daysAgo: number, extra: Record<string, unknown> = {}) =>
    shop.call<OrderDetail>('orders.create', {
      customerId,
      paymentMethod: 'wechat',
      orderedAt: new Date(at(day(-daysAgo), '15:00')).toISOString(),
      lines: [
        { productId: beans.id, description: '', quantity: 2, unitPrice: beans.price },
        { productId: papers.id, description: '', quantity: 1, unitPrice: papers.price },
      ],
      ...extra,
    })
  const first = await sell(ann, 4)
  const second = await sell(ann, 1)
  const third = await sell(bob, 3)
  await sell(cat, 1, { status: 'pending' })
  await sell(null, 1)
  check('orders added')
  const carried = await shop.call<OrderDetail>('orders.update', {
    id: third.id,
    updatedAt: third.updatedAt,
    patch: { campaignId: autumn },
  })
  check('order given a campaign')
  await shop.call('orders.update', { id: carried.id, updatedAt: carried.updatedAt, patch: { campaignId: null } })
  check('order campaign cleared')
  const refunded = await shop.call<OrderDetail>('orders.refund', {
    id: first.id,
    updatedAt: first.updatedAt,
    reason: 'broken',
    lines: [{ lineId: first.lines[0].id, quantity: 1 }],
  })
  check('line refund')
  const cancelled = await shop.call<OrderDetail>('orders.cancel', {
    id: second.id,
    updatedAt: second.updatedAt,
    reason: 'changed mind',
  })
  check('cancel')
  await shop.call('orders.undoCancel', { id: cancelled.id })
  check('cancel undone')
  const product = await shop.call<{ updatedAt: string }>('products.get', { id: beans.id })
  await shop.call('products.update', { id: beans.id, updatedAt: product.updatedAt, patch: { cost: 3500 } })
  check('product cost')

  const detail = await shop.call<CampaignDetail>('campaigns.get', { id: autumn })
  await shop.call('campaigns.update', { id: autumn, expectedUpdatedAt: detail.updatedAt, patch: { attributionDays: 0 } })
  check('attribution days')
  await shop.call('campaigns.delete', { id: autumn })
  check('campaign to the trash')
  await shop.call('campaigns.restore', { id: autumn })
  check('campaign restored')
  await mark(spring, [bob], day(-1))
  check('contact moved')
  await mark(spring, [bob], null)
  check('contact cleared')
  await shop.call('campaigns.undoMark', { id: autumn, batch: autumnMark.batch })
  check('mark undone')

  const importId = await importFile(backend, 'orders', [
    '订单号,下单时间,手机,货号,数量,单价,订单状态',
    `I-1,${day(-5)} 16:00,13900000002,BN-1,1,88.00,已完成`,
    `I-2,${day(-2)} 10:00,13900000001,SP-1,3,12.00,已完成`,
  ])
  check('orders imported')
  await shop.call('csv.undo', { importId })
  check('order import undone')
  const responses = await importFile(backend, 'responses', [
    'Campaign,Customer code,Response,Date',
    `Spring,C-2,contacted,${day(-4)}`,
  ])
  check('responses imported')
  await shop.call('csv.undo', { importId: responses })
  check('responses import undone')

  await shop.call('customers.merge', { keepId: cat, mergeId: ann })
  check('merge')
  await shop.call('customers.undoMerge', { id: ann })
  check('merge undone')
  await shop.call('customers.delete', { ids: [bob] })
  check('customer to the trash')
  await shop.call('customers.restore', { ids: [bob] })
  check('customer restored')

  // What no channel does today: lines and refunds edited or removed, orders re-dated, re-owned
  // or deleted, members moved, a campaign deleted outright.
  const line = refunded.lines[0].id
  db.prepare('UPDATE order_lines SET quantity = 3, line_total = 26400 WHERE id = ?').run(line)
  check('line edited')
  db.prepare('UPDATE order_refund_lines SET quantity = 2 WHERE order_line_id = ?').run(line)
  check('refund line edited')
  db.prepare(`UPDATE order_refunds SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE order_id = ?`).run(first.id)
  check('refund undone')
  db.prepare('UPDATE order_refunds SET undone_at = NULL WHERE order_id = ?').run(first.id)
  check('refund back')
  db.prepare('DELETE FROM order_refunds WHERE order_id = ?').run(first.id)
  check('refund deleted with its lines')
  db.prepare('UPDATE order_lines SET product_id = ? WHERE id = ?').run(papers.id, line)
  check('line re-pointed')
  const late = db
    .prepare(`INSERT INTO order_refunds (order_id, kind, reason, amount, at) VALUES (?, 'refund', 'late', 100, ?) RETURNING id`)
    .pluck()
    .get(second.id, new Date().toISOString()) as number
  const refundLine = db.prepare(
    'INSERT INTO order_refund_lines (refund_id, order_line_id, quantity, amount) VALUES (?, ?, 1, 100)',
  )
  refundLine.run(late, second.lines[0].id)
  check('refund line added')
  db.prepare('DELETE FROM order_refund_lines WHERE refund_id = ?').run(late)
  check('refund line deleted')
  refundLine.run(late, second.lines[0].id)
  db.prepare('DELETE FROM order_lines WHERE id = ?').run(second.lines[0].id)
  check('refunded line deleted')
  db.prepare(`INSERT INTO order_lines (order_id, product_id, quantity, unit_price, line_total) VALUES (?, ?, 1, 8800, 8800)`).run(
    second.id,
    beans.id,
  )
  check('line added to a refunded order')
  db.prepare('UPDATE orders SET ordered_at = ? WHERE id = ?').run(new Date(at(day(-6), '08:00')).toISOString(), first.id)
  check('order re-dated')
  db.prepare('UPDATE orders SET customer_id = ? WHERE id = ?').run(bob, first.id)
  check('order re-owned')
  const bare = db
    .prepare(`INSERT INTO orders (number, customer_id, ordered_at, status, total) VALUES ('B-1', ?, ?, 'paid', 500) RETURNING id`)
    .pluck()
    .get(ann, new Date(at(day(-1), '09:00')).toISOString()) as number
  check('order written in SQL')
  db.prepare('DELETE FROM orders WHERE id = ?').run(bare)
  check('order deleted')
  db.prepare('UPDATE campaign_members SET customer_id = ? WHERE campaign_id = ? AND customer_id = ?').run(cat, spring, bob)
  check('member moved')
  db.prepare('DELETE FROM campaign_members WHERE campaign_id = ? AND customer_id = ?').run(spring, cat)
  check('member removed')
  db.prepare('DELETE FROM campaigns WHERE id = ?').run(autumn)
  check('campaign deleted')
}

async function importFile(backend: TestBackend, kind: 'orders' | 'responses', rows: string[]): Promise<number> {
  const file = join(backend.dir, `${kind}-${randomUUID()}.csv`)
  writeFileSync(file, rows.join('\n') + '\n')
  backend.dialogs.queue('openFile', file)
  const pick = (await backend.dispatch('csv.pick', { kind })) as { ok: true; data: ImportAnalysis | null }
  const analysis = pick.data
  if (!analysis) throw new Error(`no analysis of the ${kind} file`)
  const result = await backend.dispatch('csv.import', {
    fileId: analysis.fileId,
    jobId: randomUUID(),
    kind,
    mapping: analysis.mapping,
    dryRun: false,
  })
  if (!result.ok) throw new Error(result.error.message)
  return (result.data as ImportReport).importId!
}
