export interface RfmOrderLine {
  customerId: string
  orderId: string
  /** Date or date-time; only its calendar date (the leading YYYY-MM-DD) is used. */
  at: string
  amount: number
}

export interface RfmRow {
  customerId: string
  recencyDays: number
  frequency: number
  monetary: number
  r: number
  f: number
  m: number
}

const DAY_MS = 86_400_000

/**
 * Recency / frequency / monetary per customer with quintile scores 1–5 (5 best).
 *
 * - recencyDays: whole calendar days from the date of the customer's latest line to asOf.
 * - frequency: distinct orderIds (a cancellation invoice is an order id like any other).
 * - monetary: sum of amounts, negative lines (cancellations) included.
 * - Scores are rank-based quintiles, as pandas `qcut(x.rank(method="first"), 5, labels=[1..5])`
 *   over customers sorted by customerId: rank i of n (ties broken in customerId order) scores
 *   the smallest k with 5·(i − 1) ≤ k·(n − 1). Recency is ranked on −recencyDays, so the most
 *   recent customers score 5. Rows come back sorted by customerId (code-unit order).
 */
export function rfm(orders: RfmOrderLine[], opts: { asOf: string }): RfmRow[] {
  if (!Array.isArray(orders)) throw new Error('orders must be an array')
  if (orders.length === 0) throw new Error('orders is empty')
  const asOf = dayNumber('asOf', opts.asOf)
  const byCustomer = new Map<string, { last: number; orders: Set<string>; monetary: number }>()
  orders.forEach((o, i) => {
    if (typeof o.customerId !== 'string' || o.customerId === '') throw new Error(`orders[${i}].customerId is missing`)
    if (typeof o.orderId !== 'string' || o.orderId === '') throw new Error(`orders[${i}].orderId is missing`)
    if (typeof o.amount !== 'number' || !Number.isFinite(o.amount)) {
      throw new Error(`orders[${i}].amount is not a finite number (${String(o.amount)})`)
    }
    const day = dayNumber(`orders[${i}].at`, o.at)
    if (day > asOf) throw new Error(`orders[${i}].at (${o.at}) is after asOf (${opts.asOf})`)
    let c = byCustomer.get(o.customerId)
    if (!c) {
      c = { last: day, orders: new Set(), monetary: 0 }
      byCustomer.set(o.customerId, c)
    }
    if (day > c.last) c.last = day
    c.orders.add(o.orderId)
    c.monetary += o.amount
  })
  const ids = [...byCustomer.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const rows: RfmRow[] = ids.map((customerId) => {
    const c = byCustomer.get(customerId) as { last: number; orders: Set<string>; monetary: number }
    return { customerId, recencyDays: asOf - c.last, frequency: c.orders.size, monetary: c.monetary, r: 0, f: 0, m: 0 }
  })
  const { r, f, m } = rfmScores({
    recencyDays: rows.map((row) => row.recencyDays),
    frequency: rows.map((row) => row.frequency),
    monetary: rows.map((row) => row.monetary),
  })
  rows.forEach((row, i) => {
    row.r = r[i]
    row.f = f[i]
    row.m = m[i]
  })
  return rows
}

/** Per-customer totals as parallel columns, one entry per customer. */
export interface RfmTotals {
  recencyDays: ArrayLike<number>
  frequency: ArrayLike<number>
  monetary: ArrayLike<number>
}

/**
 * The 1–5 quintile scores of customers already totalled (by SQL, say), given in the order that
 * breaks ties — `rfm()` passes them sorted by customerId. Recency is ranked on −recencyDays,
 * so the most recent customers score 5. Same scores as `rfm()` for the same customers in the
 * same order, without one object per order line.
 */
export function rfmScores(totals: RfmTotals): { r: number[]; f: number[]; m: number[] } {
  const n = totals.recencyDays.length
  if (totals.frequency.length !== n || totals.monetary.length !== n) throw new Error('rfm totals must have equal lengths')
  return {
    r: quintiles(Array.from(totals.recencyDays, (days) => -days)),
    f: quintiles(totals.frequency),
    m: quintiles(totals.monetary),
  }
}

/** Rank-based quintile (1–5) of each value; ties keep input order, like rank(method = "first"). */
export function quintiles(values: ArrayLike<number>): number[] {
  const n = values.length
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b)
  const out = new Array<number>(n)
  order.forEach((idx, pos) => {
    let k = 1
    while (k < 5 && 5 * pos > k * (n - 1)) k++
    out[idx] = k
  })
  return out
}

function dayNumber(name: string, value: string): number {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null
  if (!match) throw new Error(`${name} must start with a YYYY-MM-DD date, got ${String(value)}`)
  const [y, mo, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(y, mo - 1, d)
  const check = new Date(ms)
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) throw new Error(`${name} is not a real date (${value})`)
  return Math.round(ms / DAY_MS)
}
