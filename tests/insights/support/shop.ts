import type Database from 'better-sqlite3'

/**
 * Small, explicit shop data for the insights tests, inserted with plain SQL so each test
 * states exactly what is in the file. Times are local noon of the given local day, stored as
 * UTC ISO text like the app stores them.
 */
export class Shop {
  private orderNumber = 0
  private ticketNumber = 0

  constructor(readonly db: Database.Database) {}

  /** Local noon of `day` (YYYY-MM-DD) as stored UTC text. */
  static at(day: string, hour = 12): string {
    const [y, m, d] = day.split('-').map(Number)
    return new Date(y, m - 1, d, hour).toISOString()
  }

  customer(name: string): number {
    return Number(this.db.prepare('INSERT INTO customers (name) VALUES (?)').run(name).lastInsertRowid)
  }

  product(sku: string, name = sku): number {
    return Number(this.db.prepare('INSERT INTO products (sku, name) VALUES (?, ?)').run(sku, name).lastInsertRowid)
  }

  order(o: {
    customerId: number | null
    day: string
    total: number
    status?: string
    campaignId?: number
    deleted?: boolean
    productIds?: number[]
  }): number {
    const id = Number(
      this.db
        .prepare(
          `INSERT INTO orders (number, customer_id, ordered_at, status, campaign_id, total, deleted_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          `T${++this.orderNumber}`,
          o.customerId,
          Shop.at(o.day),
          o.status ?? 'completed',
          o.campaignId ?? null,
          o.total,
          o.deleted ? Shop.at(o.day) : null,
        ).lastInsertRowid,
    )
    const line = this.db.prepare(
      'INSERT INTO order_lines (order_id, position, product_id, quantity, unit_price, line_total) VALUES (?, ?, ?, 1, 100, 100)',
    )
    o.productIds?.forEach((productId, i) => line.run(id, i, productId))
    return id
  }

  ticket(t: { customerId: number; openedAt: string; firstResponseAt?: string; resolvedAt?: string }): number {
    return Number(
      this.db
        .prepare(
          'INSERT INTO tickets (number, customer_id, subject, opened_at, first_response_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(`K${++this.ticketNumber}`, t.customerId, 'help', t.openedAt, t.firstResponseAt ?? null, t.resolvedAt ?? null)
        .lastInsertRowid,
    )
  }

  survey(s: { customerId: number; kind: 'csat' | 'nps'; score: number; at: string }): void {
    this.db
      .prepare('INSERT INTO survey_responses (customer_id, kind, score, at) VALUES (?, ?, ?, ?)')
      .run(s.customerId, s.kind, s.score, s.at)
  }
}
