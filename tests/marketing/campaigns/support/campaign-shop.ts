import type { CampaignDetail } from '../../../../src-shared/domain/campaign-types'
import type { TestBackend } from '../../../support/test-db'

/** Local wall time `day` `hh:mm` as stored UTC text (the test's own zone, whatever it is). */
export function at(day: string, time = '12:00'): string {
  const [y, m, d] = day.split('-').map(Number)
  const [h, min] = time.split(':').map(Number)
  return new Date(y, m - 1, d, h, min).toISOString()
}

export interface Line {
  productId: number | null
  quantity: number
  unitPrice: number
}

/**
 * A small shop for the campaign tests: campaigns go through the real channels (create, cost
 * lines, launch, marks); orders, lines and refunds are plain SQL so each test states exactly
 * what was sold.
 */
export class CampaignShop {
  private orderNumber = 0

  constructor(readonly backend: TestBackend) {}

  async call<T>(channel: string, input: unknown): Promise<T> {
    const result = await this.backend.dispatch(channel as never, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
    return result.data as T
  }

  customer(name: string): number {
    return Number(this.backend.db.prepare('INSERT INTO customers (name) VALUES (?)').run(name).lastInsertRowid)
  }

  product(sku: string, cost: number | null): number {
    return Number(
      this.backend.db.prepare('INSERT INTO products (sku, name, cost) VALUES (?, ?, ?)').run(sku, sku, cost).lastInsertRowid,
    )
  }

  /** A running campaign with these members (none held out) and cost lines. */
  async campaign(name: string, members: number[], costs: number[] = [], attributionDays = 14): Promise<number> {
    const { id } = await this.call<CampaignDetail>('campaigns.create', { name, channel: 'wechat', attributionDays })
    for (const amount of costs) {
      await this.call('campaigns.addCostLine', { campaignId: id, line: { spentOn: '2026-02-20', item: 'Print', amount } })
    }
    await this.call('campaigns.launch', { id, customerIds: members })
    return id
  }

  /** Sets the contact to an exact instant (the bulk mark stores a day's local midnight). */
  contactAt(campaignId: number, customerId: number, instant: string): void {
    this.backend.db
      .prepare('UPDATE campaign_members SET contacted_at = ? WHERE campaign_id = ? AND customer_id = ?')
      .run(instant, campaignId, customerId)
  }

  order(o: { customerId: number | null; at: string; lines: Line[]; campaignId?: number; status?: string }): number {
    const totals = o.lines.map((l) => Math.round(l.quantity * l.unitPrice))
    const total = totals.reduce((a, b) => a + b, 0)
    const db = this.backend.db
    const id = Number(
      db
        .prepare(
          `INSERT INTO orders (number, customer_id, ordered_at, status, campaign_id, subtotal, total) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(`C${++this.orderNumber}`, o.customerId, o.at, o.status ?? 'completed', o.campaignId ?? null, total, total)
        .lastInsertRowid,
    )
    const line = db.prepare(
      'INSERT INTO order_lines (order_id, position, product_id, quantity, unit_price, line_total) VALUES (?, ?, ?, ?, ?, ?)',
    )
    o.lines.forEach((l, i) => line.run(id, i, l.productId, l.quantity, l.unitPrice, totals[i]))
    return id
  }

  /** Refunds `quantity` of the order's line at `position` for `amount`, as the orders domain records it. */
  refund(orderId: number, position: number, quantity: number, amount: number): void {
    const db = this.backend.db
    const lineId = db.prepare('SELECT id FROM order_lines WHERE order_id = ? AND position = ?').pluck().get(orderId, position)
    const refundId = db
      .prepare(`INSERT INTO order_refunds (order_id, kind, reason, amount, at) VALUES (?, 'refund', 'broken', ?, ?)`)
      .run(orderId, amount, new Date().toISOString()).lastInsertRowid
    db.prepare('INSERT INTO order_refund_lines (refund_id, order_line_id, quantity, amount) VALUES (?, ?, ?, ?)').run(
      refundId,
      lineId,
      quantity,
      amount,
    )
    db.prepare('UPDATE orders SET refunded = refunded + ? WHERE id = ?').run(amount, orderId)
  }

  async figures(id: number): Promise<CampaignDetail['figures']> {
    return (await this.call<CampaignDetail>('campaigns.get', { id })).figures
  }
}
